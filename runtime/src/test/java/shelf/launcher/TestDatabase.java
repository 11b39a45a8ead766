package shelf.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalogue a test's home uses: the embedded H2 file, or, when the build runs the integration tests on
 * PostgreSQL (-Dshelf.test.database=postgresql, see runtime/pom.xml's postgresql profile), a database of its
 * own on the server SHELF_TEST_PG_URL names, created before Shelf starts and dropped after the test.
 */
final class TestDatabase {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String SERVER = System.getenv().getOrDefault("SHELF_TEST_PG_URL", "");
    private static final String USER = System.getenv().getOrDefault("SHELF_TEST_PG_USER", "");
    private static final String PASSWORD = System.getenv().getOrDefault("SHELF_TEST_PG_PASSWORD", "");

    private final Path home;
    private final String name;

    private TestDatabase(Path home, String name) {
        this.home = home;
        this.name = name;
    }

    static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("shelf.test.database"));
    }

    /**
     * For {@code home}: on PostgreSQL a new database and SHELF_HOME/etc/database.properties (0600) pointing
     * at it; on H2 nothing, the home's own file.
     */
    static TestDatabase forHome(Path home, Class<?> test) throws Exception {
        if (!onPostgres()) {
            return new TestDatabase(home, null);
        }
        if (SERVER.isEmpty()) {
            throw new IllegalStateException("shelf.test.database=postgresql needs SHELF_TEST_PG_URL (jdbc:postgresql://HOST:PORT/DB "
                    + "of a role that may create databases), SHELF_TEST_PG_USER and SHELF_TEST_PG_PASSWORD; see .ci/run");
        }
        String name = ("shelf_" + test.getSimpleName() + "_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            // C collation: text sorts by code point, as on H2
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        }
        Path etc = Files.createDirectories(home.resolve("etc"));
        Path settings = etc.resolve("database.properties");
        Files.writeString(settings, "# written by the integration test " + test.getSimpleName() + "\n"
                + "url = " + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name + "\n"
                + "user = " + USER + "\npassword = " + PASSWORD + "\n");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-------"));
        return new TestDatabase(home, name);
    }

    /** Bytes the catalogue takes: grows as an import writes. */
    long size() throws Exception {
        if (name == null) {
            return Files.size(home.resolve("data/catalog.mv.db"));
        }
        try (Connection c = admin(); PreparedStatement s = c.prepareStatement("SELECT pg_database_size(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Drops the test's database, also while a killed Shelf's sessions linger. An autovacuum worker on it
     * has no role, and a role without pg_signal_backend may not end it (SQLSTATE 42501): the worker is
     * done within moments, so the drop is tried again.
     */
    void drop() throws SQLException, InterruptedException {
        if (name == null) {
            return;
        }
        for (int attempt = 1;; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (SQLException e) {
                if (!"42501".equals(e.getSQLState()) || attempt == 20) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    /** A connection to the test's own database (PostgreSQL only), to read what Shelf wrote. */
    Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", USER);
        login.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect(SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name, login);
    }

    private static Connection admin() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", USER);
        login.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect(SERVER, login);
    }
}
