package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A background Shelf on a fresh home for each test, driven from the folder where the operator keeps the
 * files (relative paths in commands and in the files resolve against it). Its catalogue is the home's H2
 * file, or a fresh PostgreSQL database when the build runs the tests on PostgreSQL (see TestDatabase).
 */
abstract class RunningShelf {
    @TempDir
    Path home;

    @TempDir
    Path desk;

    ShelfCommand shelf;

    TestDatabase database;

    /** Whether the home is a development home with the sandbox feature (see ShelfCommand.withSandbox). */
    boolean sandbox() {
        return false;
    }

    @BeforeEach
    void startShelf() throws Exception {
        database = TestDatabase.forHome(home, getClass());
        if (sandbox()) {
            ShelfCommand.withSandbox(home);
        }
        shelf = new ShelfCommand(home).in(desk);
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        assertEquals(!TestDatabase.onPostgres(), java.nio.file.Files.exists(home.resolve("data/catalog.mv.db")),
                "the catalogue is the H2 file only when the tests do not run on PostgreSQL");
        // a fresh home gets the importers on its first start (shelf.features.boot)
        String importers = ShelfCommand.lineWith(shelf.ok("feature:list"), "importers");
        assertTrue(importers != null && importers.contains("yes"), "importers installed on a fresh home: " + importers);
    }

    @AfterEach
    void stopShelf() throws Exception {
        try {
            shelf.run("stop");
        } finally {
            database.drop();
        }
    }
}
