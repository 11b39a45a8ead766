package shelf.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import org.apache.felix.framework.FrameworkFactory;

/** Versions of Shelf (filtered into version.properties by the build), the embedded Felix and Java. */
final class ShelfVersion {

    private ShelfVersion() {
    }

    static String shelf() {
        try (InputStream in = ShelfVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Read from the framework jar's manifest so that --version need not start a framework. */
    static String felix() {
        try {
            Path jar = Path.of(FrameworkFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                return file.getManifest().getMainAttributes().getValue("Bundle-Version");
            }
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String line() {
        return "Shelf " + shelf() + " (Apache Felix " + felix() + ", Java " + Runtime.version() + ")";
    }
}
