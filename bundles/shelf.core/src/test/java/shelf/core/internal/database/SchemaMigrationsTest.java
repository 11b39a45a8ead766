package shelf.core.internal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;

class SchemaMigrationsTest {
    private static final List<String> CHAIN = List.of("db/V1__a.sql", "db/V2__b.sql");

    @TempDir
    Path home;

    @Test
    void eachChainIsAppliedOnceInOrderAndRecordedUnderItsName() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase database = CatalogDatabase.open(file)) {
            database.migrate("test", SchemaMigrationsTest.class, CHAIN);
        }
        try (CatalogDatabase reopened = CatalogDatabase.open(file)) {
            reopened.migrate("test", SchemaMigrationsTest.class, CHAIN); // V1 has no IF NOT EXISTS: a second run would fail
            assertEquals(List.of("test 1 db/V1__a.sql", "test 2 db/V2__b.sql"), applied(reopened));
            try (Connection c = reopened.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO shelf_test_a (x, y) VALUES (1, 2)");
            }
        }
    }

    @Test
    void aChainAppliedFurtherThanTheBundleKnowsIsRefusedWithTheReason() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase database = CatalogDatabase.open(file)) {
            database.migrate("test", SchemaMigrationsTest.class, CHAIN);
        }
        try (CatalogDatabase database = CatalogDatabase.open(file)) {
            CatalogException refused = assertThrows(CatalogException.class,
                    () -> database.migrate("test", SchemaMigrationsTest.class, CHAIN.subList(0, 1)));
            assertEquals("The catalogue " + file + ".mv.db has the test tables at version 2, newer than this Shelf knows "
                    + "(up to 1): it was written by a newer Shelf. Run that version, or restore a backup made with this one.",
                    refused.getMessage());
        }
    }

    @Test
    void aCatalogueOfTheSingleChainKeepsWhatItAppliedUnderTheNewChains() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase database = CatalogDatabase.open(file); Connection c = database.connect();
                Statement s = c.createStatement()) {
            // as Shelf wrote it before each bundle had its own chain
            s.execute("DROP TABLE schema_chain");
            s.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (int v = 1; v <= 8; v++) {
                s.execute("INSERT INTO schema_version VALUES (" + v + ", 'db/V" + v + "__old.sql', CURRENT_TIMESTAMP)");
            }
        }
        try (CatalogDatabase reopened = CatalogDatabase.open(file)) {
            List<String> applied = applied(reopened);
            assertEquals(List.of("audit 1", "catalog 1", "catalog 2", "catalog 3", "publish 1", "publish 2", "review 1",
                    "schedule 1", "security 1", "security 2"), applied.stream().map(a -> a.split(" ")[0] + " " + a.split(" ")[1]).toList());
            try (Connection c = reopened.connect()) {
                assertFalse(c.getMetaData().getTables(null, null, "SCHEMA_VERSION", null).next());
            }
        }
    }

    @Test
    void aCatalogueFromANewerShelfOfTheSingleChainIsRefused() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase database = CatalogDatabase.open(file); Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (99, 'db/V99__future.sql', CURRENT_TIMESTAMP)");
        }
        CatalogException refused = assertThrows(CatalogException.class, () -> CatalogDatabase.open(file));
        assertEquals("The catalogue " + file + ".mv.db has schema version 99 (db/V99__future.sql), which this Shelf "
                + "does not know: it was written by a newer Shelf. Run that version, or restore a backup made with this one.",
                refused.getMessage());
    }

    @Test
    void scriptsAreSplitAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
                SchemaMigrations.statements("-- comment; not a statement\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
    }

    private static List<String> applied(CatalogDatabase database) throws CatalogException, SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT chain, version, script FROM schema_chain ORDER BY chain, version")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3));
            }
            return applied;
        }
    }
}
