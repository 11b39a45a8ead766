package shelf.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The instance folder: deploy/, etc/, data/ (Felix cache, socket, pid), log/. */
record ShelfHome(Path root) {

    /** --home, else $SHELF_HOME, else ~/.shelf; always absolute. */
    static ShelfHome resolve(Path option) {
        Path root;
        if (option != null) {
            root = option;
        } else if (System.getenv("SHELF_HOME") != null && !System.getenv("SHELF_HOME").isBlank()) {
            root = Path.of(System.getenv("SHELF_HOME"));
        } else {
            root = Path.of(System.getProperty("user.home"), ".shelf");
        }
        return new ShelfHome(root.toAbsolutePath().normalize());
    }

    /**
     * Creates the folders that are missing; data/ is created private because it holds the session socket.
     * An existing data/ is left as it is: a client that finds it open to others refuses to log in
     * ({@link SocketSafety}) rather than quietly closing it.
     */
    ShelfHome create() {
        try {
            Files.createDirectories(deploy());
            Files.createDirectories(etc());
            Files.createDirectories(log());
            FileModes.limit(log(), FileModes.LOG_FOLDER);
            if (!Files.isDirectory(data())) {
                Files.createDirectories(data());
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwx------"));
                }
            }
            return this;
        } catch (IOException e) {
            throw new LaunchException("cannot create the Shelf home " + root + " (" + e.getMessage()
                    + ") — choose a writable folder with --home or SHELF_HOME", e);
        }
    }

    Path deploy() {
        return root.resolve("deploy");
    }

    Path etc() {
        return root.resolve("etc");
    }

    Path data() {
        return root.resolve("data");
    }

    Path log() {
        return root.resolve("log");
    }

    Path cache() {
        return data().resolve("cache");
    }

    Path socket() {
        return data().resolve("shelf.sock");
    }

    Path pidFile() {
        return data().resolve("shelf.pid");
    }

    Path logFile() {
        return log().resolve("shelf.log");
    }

    Path consoleLog() {
        return log().resolve("console.log");
    }

    Path properties() {
        return etc().resolve("shelf.properties");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
