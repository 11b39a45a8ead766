package shelf.provisioning.internal.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/** What a jar says about itself as a bundle, read before the framework is asked to take it. */
public final class BundleJar {
    /** End of central directory record: every complete zip file has one near its end. */
    private static final int END_HEADER_SIGNATURE = 0x06054b50;
    private static final int END_HEADER_MIN_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** A bundle's symbolic name and version, as its manifest gives them. */
    public record Identity(String symbolicName, Version version) {
        @Override
        public String toString() {
            return symbolicName + " " + version;
        }
    }

    private BundleJar() {}

    /** Reads the manifest of a jar on disk. */
    public static Identity identify(Path jar) throws InvalidBundleException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return identity(jar.getFileName().toString(), file.getManifest());
        } catch (IOException e) {
            throw new InvalidBundleException("not a valid bundle: " + jar.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Checks a jar held in memory the way the framework would read it: a complete zip whose every entry
     * can be read, with a manifest naming the bundle. A jar still being copied fails here, not later.
     */
    public static Identity check(String fileName, byte[] content) throws InvalidBundleException {
        if (!hasEndHeader(content)) {
            throw new InvalidBundleException("not a valid bundle: " + fileName
                    + ": zip END header not found (the file is cut short or not a jar); copy it again");
        }
        Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (JarFile.MANIFEST_NAME.equalsIgnoreCase(entry.getName())) {
                    manifest = new Manifest(zip);
                } else {
                    // Reading each entry to its end makes ZipInputStream check its CRC.
                    zip.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException e) {
            throw new InvalidBundleException("not a valid bundle: " + fileName + ": " + e.getMessage() + "; copy it again");
        } catch (IOException e) {
            throw new InvalidBundleException("not a valid bundle: " + fileName + ": " + e.getMessage());
        }
        return identity(fileName, manifest);
    }

    /** The installed bundle with this symbolic name and version, if any. */
    public static Optional<Bundle> findInstalled(BundleContext context, Identity identity) {
        for (Bundle bundle : context.getBundles()) {
            if (identity.symbolicName().equals(bundle.getSymbolicName()) && identity.version().equals(bundle.getVersion())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    public static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static Identity identity(String fileName, Manifest manifest) throws InvalidBundleException {
        if (manifest == null) {
            throw new InvalidBundleException("not a valid bundle: " + fileName + " has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new InvalidBundleException("not a valid bundle: " + fileName
                    + " is a plain jar (its manifest has no Bundle-SymbolicName); build it as an OSGi bundle");
        }
        int semicolon = symbolicName.indexOf(';');
        String name = (semicolon < 0 ? symbolicName : symbolicName.substring(0, semicolon)).trim();
        try {
            return new Identity(name, Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION)));
        } catch (IllegalArgumentException e) {
            throw new InvalidBundleException("not a valid bundle: " + fileName + ": Bundle-Version "
                    + main.getValue(Constants.BUNDLE_VERSION) + " is not a version (write major.minor.micro)");
        }
    }

    private static boolean hasEndHeader(byte[] content) {
        int lowest = Math.max(0, content.length - END_HEADER_MIN_SIZE - MAX_COMMENT);
        for (int i = content.length - END_HEADER_MIN_SIZE; i >= lowest; i--) {
            int signature = (content[i] & 0xFF) | (content[i + 1] & 0xFF) << 8 | (content[i + 2] & 0xFF) << 16
                    | (content[i + 3] & 0xFF) << 24;
            if (signature == END_HEADER_SIGNATURE) {
                return true;
            }
        }
        return false;
    }
}
