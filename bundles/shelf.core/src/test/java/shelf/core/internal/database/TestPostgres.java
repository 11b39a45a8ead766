package shelf.core.internal.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * A throwaway PostgreSQL database for the tests of other bundles that run on both databases: created on the
 * server SHELF_TEST_PG_URL names (with SHELF_TEST_PG_USER and SHELF_TEST_PG_PASSWORD; .ci/run starts one),
 * opened as a runtime opens it (etc/database.properties), and dropped by {@link #close}.
 */
public final class TestPostgres implements AutoCloseable {
    private static final String SERVER = System.getenv().getOrDefault("SHELF_TEST_PG_URL", "");

    private final String name;

    private TestPostgres(String name) {
        this.name = name;
    }

    /** Whether a server is named: the PostgreSQL half of a test is skipped without one. */
    public static boolean available() {
        return !SERVER.isEmpty();
    }

    /** Creates an empty database, its name made unique by the process id. */
    public static TestPostgres create(String prefix) throws Exception {
        TestPostgres db = new TestPostgres(prefix + "_" + ProcessHandle.current().pid());
        db.admin("DROP DATABASE IF EXISTS " + db.name + " WITH (FORCE)");
        db.admin("CREATE DATABASE " + db.name + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        return db;
    }

    /** Opens it with the home's etc/database.properties written for it, as the runtime would. */
    public Database open(Path home) throws Exception {
        Path etc = Files.createDirectories(home.resolve("etc"));
        Path properties = etc.resolve("database.properties");
        Files.writeString(properties, "url = " + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name + "\n"
                + "user = " + System.getenv("SHELF_TEST_PG_USER") + "\npassword = " + System.getenv("SHELF_TEST_PG_PASSWORD") + "\n");
        Files.setPosixFilePermissions(properties, PosixFilePermissions.fromString("rw-------"));
        try {
            return PostgresDatabase.open(DatabaseSettings.read(etc).orElseThrow());
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", System.getenv("SHELF_TEST_PG_USER"));
        login.setProperty("password", System.getenv("SHELF_TEST_PG_PASSWORD"));
        try (Connection c = new org.postgresql.Driver().connect(SERVER, login); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
