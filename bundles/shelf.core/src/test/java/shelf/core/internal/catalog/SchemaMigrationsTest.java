package shelf.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;

class SchemaMigrationsTest {
    @TempDir
    Path home;

    @Test
    void anEmptyFolderGetsEveryMigrationOnceInOrder() throws Exception {
        Path file = home.resolve("data/catalog");
        CatalogDatabase.open(file).close();
        try (CatalogDatabase reopened = CatalogDatabase.open(file); Connection c = reopened.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, script FROM schema_version ORDER BY version")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getInt(1) + " " + rs.getString(2));
            }
            assertEquals(SchemaMigrations.SCRIPTS.stream().map(script -> script.replaceAll("db/V(\\d+)__.*", "$1") + " " + script).toList(),
                    applied);
        }
    }

    @Test
    void aCatalogueFromANewerShelfIsRefusedWithTheReason() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase database = CatalogDatabase.open(file); Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'db/V99__future.sql', CURRENT_TIMESTAMP)");
        }

        CatalogException refused = assertThrows(CatalogException.class, () -> CatalogDatabase.open(file));

        assertEquals("The catalogue " + file + ".mv.db has schema version 99, newer than this Shelf knows (up to "
                + SchemaMigrations.latestKnown() + "): it was written by a newer Shelf. Run that version, or restore "
                + "a backup made with this one.", refused.getMessage());
    }

    @Test
    void scriptsAreSplitAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
                SchemaMigrations.statements("-- comment; not a statement\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
    }
}
