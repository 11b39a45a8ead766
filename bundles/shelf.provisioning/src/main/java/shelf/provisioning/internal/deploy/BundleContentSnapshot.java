package shelf.provisioning.internal.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.osgi.framework.Bundle;

/**
 * The content of an installed bundle as a jar, taken before an update so that an update whose new
 * version will not start can be undone. Only the bundle's own entries are read (getEntryPaths), never
 * those of attached fragments.
 */
final class BundleContentSnapshot {
    private BundleContentSnapshot() {}

    static byte[] of(Bundle bundle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            // The manifest goes first: JarInputStream, and so the framework, looks for it there.
            copy(bundle, "META-INF/", jar);
            copy(bundle, JarFile.MANIFEST_NAME, jar);
            copyTree(bundle, "/", jar);
        }
        return bytes.toByteArray();
    }

    private static void copyTree(Bundle bundle, String folder, JarOutputStream jar) throws IOException {
        Enumeration<String> paths = bundle.getEntryPaths(folder);
        while (paths != null && paths.hasMoreElements()) {
            String path = paths.nextElement();
            if ("META-INF/".equals(path) || JarFile.MANIFEST_NAME.equals(path)) {
                if (path.endsWith("/")) {
                    copyTree(bundle, path, jar);
                }
                continue;
            }
            copy(bundle, path, jar);
            if (path.endsWith("/")) {
                copyTree(bundle, path, jar);
            }
        }
    }

    private static void copy(Bundle bundle, String path, JarOutputStream jar) throws IOException {
        jar.putNextEntry(new ZipEntry(path));
        if (!path.endsWith("/")) {
            URL entry = bundle.getEntry(path);
            if (entry == null) {
                throw new IOException(bundle.getSymbolicName() + " has no entry " + path);
            }
            try (InputStream in = entry.openStream()) {
                in.transferTo(jar);
            }
        }
        jar.closeEntry();
    }
}
