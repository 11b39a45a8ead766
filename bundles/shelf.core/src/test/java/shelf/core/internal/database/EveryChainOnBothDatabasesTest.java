package shelf.core.internal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.store.Database;

/**
 * Every bundle's migration chain, as the bundles ship it (bundles/*&#47;src/main/resources/**&#47;db/V*.sql),
 * applied to a new H2 file and to a new PostgreSQL database: each applies, a second start applies nothing,
 * and both end with the same tables and columns. PostgreSQL is the server SHELF_TEST_PG_URL names (with
 * SHELF_TEST_PG_USER, SHELF_TEST_PG_PASSWORD, a role that may create databases); .ci/run starts one.
 */
class EveryChainOnBothDatabasesTest {
    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
    private static final String SERVER = System.getenv().getOrDefault("SHELF_TEST_PG_URL", "");

    @TempDir
    Path home;

    @Test
    void everyChainAppliesOnH2() throws Exception {
        Path file = home.resolve("data/catalog");
        try (CatalogDatabase h2 = CatalogDatabase.open(file)) {
            migrateEveryChain(h2, file + ".mv.db");
            migrateEveryChain(h2, file + ".mv.db"); // as on the next start: nothing left to apply, nothing fails
            assertEquals(newestOfEachChain(), applied(h2));
        }
    }

    @Test
    void everyChainAppliesOnPostgresqlToTheSameTablesAsOnH2() throws Exception {
        assumeTrue(!SERVER.isEmpty(), "SHELF_TEST_PG_URL is not set: no PostgreSQL server to test on");
        String name = "shelf_chains_" + ProcessHandle.current().pid();
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        }
        try {
            Path etc = Files.createDirectories(home.resolve("etc"));
            Path properties = etc.resolve("database.properties");
            Files.writeString(properties, "url = " + SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name + "\n"
                    + "user = " + System.getenv("SHELF_TEST_PG_USER") + "\npassword = " + System.getenv("SHELF_TEST_PG_PASSWORD") + "\n");
            Files.setPosixFilePermissions(properties, PosixFilePermissions.fromString("rw-------"));
            Map<String, List<String>> onPostgres;
            try (PostgresDatabase postgres = PostgresDatabase.open(DatabaseSettings.read(etc).orElseThrow())) {
                migrateEveryChain(postgres, name);
                migrateEveryChain(postgres, name);
                assertEquals(newestOfEachChain(), applied(postgres));
                onPostgres = columns(postgres);
            }
            Path file = home.resolve("data/catalog");
            try (CatalogDatabase h2 = CatalogDatabase.open(file)) {
                migrateEveryChain(h2, file + ".mv.db");
                assertEquals(columns(h2), onPostgres);
            }
            assertFalse(onPostgres.isEmpty());
        } finally {
            try (Connection admin = admin(); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Each folder of scripts is a chain, named here after its folder. */
    private static Map<Path, List<String>> chains() throws IOException {
        Map<Path, List<String>> chains = new TreeMap<>();
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            files.filter(f -> f.toString().replace('\\', '/').matches(".*/src/main/resources/.*/db/V\\d+__\\w+\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .forEach(f -> chains.computeIfAbsent(f.getParent(), d -> new ArrayList<>()).add("db/" + f.getFileName()));
        }
        assertFalse(chains.isEmpty(), "no migration scripts under " + BUNDLES);
        return chains;
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String chainName(Path folder) {
        return BUNDLES.relativize(folder).toString().replace('\\', '/');
    }

    private void migrateEveryChain(Database database, String name) throws Exception {
        SchemaMigrations migrations = new SchemaMigrations(database, name);
        for (Map.Entry<Path, List<String>> chain : chains().entrySet()) {
            Path folder = chain.getKey().getParent();
            migrations.migrate(chainName(chain.getKey()), chain.getValue(), script -> Files.newInputStream(folder.resolve(script)),
                    folder.toString());
        }
    }

    private static List<String> newestOfEachChain() throws IOException {
        return chains().entrySet().stream().map(c -> chainName(c.getKey()) + " " + c.getValue().size()).sorted().toList();
    }

    private static List<String> applied(Database database) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT chain, MAX(version) FROM schema_chain GROUP BY chain ORDER BY chain")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + " " + rs.getInt(2));
            }
            return applied.stream().sorted().toList();
        }
    }

    /** Table → its columns, in lower case (H2 keeps unquoted names in upper case, PostgreSQL in lower). */
    private static Map<String, List<String>> columns(Database database) throws Exception {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE LOWER(table_schema) = 'public'")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1).toLowerCase(java.util.Locale.ROOT), t -> new TreeSet<>())
                        .add(rs.getString(2).toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, List<String>> columns = new TreeMap<>();
        tables.forEach((t, cs) -> columns.put(t, List.copyOf(cs)));
        return columns;
    }

    private static Connection admin() throws Exception {
        Properties login = new Properties();
        login.setProperty("user", System.getenv("SHELF_TEST_PG_USER"));
        login.setProperty("password", System.getenv("SHELF_TEST_PG_PASSWORD"));
        return new org.postgresql.Driver().connect(SERVER, login);
    }
}
