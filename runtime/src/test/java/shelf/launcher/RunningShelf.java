package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A background Shelf on a fresh home for each test, driven from the folder where the operator keeps the
 * files (relative paths in commands and in the files resolve against it).
 */
abstract class RunningShelf {
    @TempDir
    Path home;

    @TempDir
    Path desk;

    ShelfCommand shelf;

    /** Whether the home is a development home with the sandbox feature (see ShelfCommand.withSandbox). */
    boolean sandbox() {
        return false;
    }

    @BeforeEach
    void startShelf() throws Exception {
        if (sandbox()) {
            ShelfCommand.withSandbox(home);
        }
        shelf = new ShelfCommand(home).in(desk);
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        // a fresh home gets the importers on its first start (shelf.features.boot)
        String importers = ShelfCommand.lineWith(shelf.ok("feature:list"), "importers");
        assertTrue(importers != null && importers.contains("yes"), "importers installed on a fresh home: " + importers);
    }

    @AfterEach
    void stopShelf() throws Exception {
        shelf.run("stop");
    }
}
