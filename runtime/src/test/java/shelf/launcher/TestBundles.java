package shelf.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Bundles made by the tests: a manifest and one resource, so every test states what it deploys.
 * Build them outside deploy/ and copy them in, as a user would.
 */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle that resolves with nothing but the framework. */
    static Path bundle(Path jar, String symbolicName, String version) throws IOException {
        return bundle(jar, symbolicName, version, null);
    }

    /** A bundle importing the given package (null: none), e.g. one nothing exports, so it cannot resolve. */
    static Path bundle(Path jar, String symbolicName, String version, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        if (importPackage != null) {
            main.putValue("Import-Package", importPackage);
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("about.txt"));
            jarOut.write((symbolicName + " " + version + ", made by a Shelf test\n").getBytes());
            jarOut.closeEntry();
        }
        return jar;
    }
}
