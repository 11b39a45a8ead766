package shelf.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Configuration Admin keeps the configurations the features applied (the web's port, the login's waits, the
 * publishing rates) in SHELF_HOME/data/config ({@code felix.cm.dir}), not in its bundle's data area inside the
 * Felix cache: a boot bundle installed from another distribution (an upgrade, a Shelf moved to another folder) is
 * replaced by uninstalling it, which deletes that area, and every configuration went with it. A home from before
 * keeps its configurations: they are copied out of the cache once, before the boot bundles are reconciled.
 */
final class ConfigurationFolder {
    static final String PROPERTY = "felix.cm.dir";
    private static final Logger LOG = Logger.getLogger("shelf.launcher");
    private static final String CONFIG_ADMIN = "org.apache.felix.configadmin";

    private ConfigurationFolder() {}

    static Path of(ShelfHome home) {
        return home.data().resolve("config");
    }

    /** Copies Configuration Admin's configurations out of the cache when the home has none of its own yet. */
    static void takeOutOfCache(ShelfHome home) {
        Path folder = of(home);
        if (Files.exists(folder)) {
            return;
        }
        try {
            Path inCache = configAdminData(home.cache());
            if (inCache == null) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(inCache)) {
                files = walk.toList();
            }
            Path copying = folder.resolveSibling("config.copying");
            for (Path from : files) {
                Path to = copying.resolve(inCache.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            // whole or not at all: a start cut short copies again
            Files.move(copying, folder, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("moved the configurations of " + inCache + " to " + folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the configurations out of " + home.cache() + " into " + folder
                    + ": " + e.getMessage(), e);
        }
    }

    /** The configurations folder of Configuration Admin's bundle in the Felix cache, or null. */
    private static Path configAdminData(Path cache) throws IOException {
        try (DirectoryStream<Path> bundles = Files.newDirectoryStream(cache, "bundle*")) {
            for (Path bundle : bundles) {
                Path info = bundle.resolve("bundle.info");
                Path config = bundle.resolve("data").resolve("config");
                if (Files.isDirectory(config) && Files.isRegularFile(info) && Files.readString(info).contains(CONFIG_ADMIN)) {
                    return config;
                }
            }
        } catch (NoSuchFileException e) {
            return null; // a new home
        }
        return null;
    }
}
