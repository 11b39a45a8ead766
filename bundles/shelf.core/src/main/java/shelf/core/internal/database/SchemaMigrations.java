package shelf.core.internal.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * Brings each bundle's tables up to date: every bundle that keeps tables names its chain of numbered
 * scripts db/V{n}__{what}.sql, applied once each, in order, and recorded in schema_chain by chain name. A
 * chain applied further than the bundle knows was written by a newer version of it and is refused rather
 * than guessed at. The scripts and this class use SQL that H2 and PostgreSQL both accept.
 */
final class SchemaMigrations {
    private static final Pattern NAME = Pattern.compile("(?:.*/)?V(\\d+)__(\\w+)\\.sql");

    /**
     * Before each bundle had its own chain, one chain (schema_version, V1…V8) held every table; a catalogue
     * written then has these scripts of the new chains applied already.
     */
    private static final Map<Integer, List<String>> SINGLE_CHAIN = Map.of(
            1, List.of("catalog:1"), 2, List.of("catalog:2"), 3, List.of("publish:1"),
            4, List.of("security:1", "review:1", "catalog:3"), 5, List.of("schedule:1"), 6, List.of("publish:2"),
            7, List.of("audit:1"), 8, List.of("security:2"));

    private final Database database;
    /** The database as messages name it: the H2 file, or the PostgreSQL database's address. */
    private final String name;

    SchemaMigrations(Database database, String name) {
        this.database = database;
        this.name = name;
    }

    /** Creates schema_chain; in a catalogue of the single chain, records what that chain applied. */
    void adoptSingleChain() throws CatalogException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_chain (chain VARCHAR NOT NULL, version INT NOT NULL, "
                    + "script VARCHAR NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (chain, version))");
            if (!hasTable(connection, "SCHEMA_VERSION")) {
                return;
            }
            connection.setAutoCommit(false);
            try (ResultSet rs = statement.executeQuery("SELECT version, script FROM schema_version")) {
                List<String[]> adopted = new ArrayList<>();
                while (rs.next()) {
                    int old = rs.getInt(1);
                    if (!SINGLE_CHAIN.containsKey(old)) {
                        throw new CatalogException("The catalogue " + name + " has schema version " + old
                                + " (" + rs.getString(2) + "), which this Shelf does not know: it was written by a newer "
                                + "Shelf. Run that version, or restore a backup made with this one.");
                    }
                    for (String part : SINGLE_CHAIN.get(old)) {
                        adopted.add(new String[] {part.substring(0, part.indexOf(':')),
                                part.substring(part.indexOf(':') + 1), rs.getString(2)});
                    }
                }
                for (String[] a : adopted) {
                    record(connection, a[0], Integer.parseInt(a[1]), "from " + a[2]);
                }
            }
            statement.execute("DROP TABLE schema_version");
            connection.commit();
        } catch (SQLException e) {
            throw database.failure("migrate", e);
        }
    }

    /** Reads a migration script by its name. */
    @FunctionalInterface
    interface Scripts {
        InputStream open(String script) throws IOException;
    }

    /** Whether any script was applied. */
    boolean migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        return migrate(chain, scripts, owner::getResourceAsStream, "the bundle of " + owner.getName());
    }

    boolean migrate(String chain, List<String> scripts, Scripts source, String from) throws CatalogException {
        for (int i = 0; i < scripts.size(); i++) {
            if (version(scripts.get(i)) != i + 1) {
                throw new IllegalArgumentException("the " + chain + " chain's scripts must be V1, V2, … in order: " + scripts);
            }
        }
        try (Connection connection = database.connect()) {
            Set<Integer> applied = applied(connection, chain);
            int newest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (newest > scripts.size()) {
                throw new CatalogException("The catalogue " + name + " has the " + chain + " tables at version "
                        + newest + ", newer than this Shelf knows (up to " + scripts.size() + "): it was written by a newer "
                        + "Shelf. Run that version, or restore a backup made with this one.");
            }
            connection.setAutoCommit(false);
            boolean any = false;
            for (String script : scripts) {
                if (!applied.contains(version(script))) {
                    apply(connection, chain, source, from, script);
                    any = true;
                }
            }
            return any;
        } catch (SQLException e) {
            throw database.failure("migrate the " + chain + " tables of", e);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case
        for (String spelt : List.of(name.toUpperCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, spelt, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Integer> applied(Connection connection, String chain) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM schema_chain WHERE chain = ?")) {
            select.setString(1, chain);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
        }
        return versions;
    }

    private static void apply(Connection connection, String chain, Scripts source, String from, String script)
            throws SQLException, CatalogException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(source, from, script))) {
                statement.execute(sql);
            }
        }
        record(connection, chain, version(script), script);
        connection.commit();
    }

    private static void record(Connection connection, String chain, int version, String script) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO schema_chain t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS INT), CAST(? AS VARCHAR), "
                + "CAST(? AS TIMESTAMP WITH TIME ZONE))) AS s (chain, version, script, applied_at) "
                + "ON t.chain = s.chain AND t.version = s.version "
                + "WHEN MATCHED THEN UPDATE SET script = s.script, applied_at = s.applied_at "
                + "WHEN NOT MATCHED THEN INSERT (chain, version, script, applied_at) "
                + "VALUES (s.chain, s.version, s.script, s.applied_at)")) {
            insert.setString(1, chain);
            insert.setInt(2, version);
            insert.setString(3, script);
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    private static String read(Scripts source, String from, String script) throws CatalogException {
        try (InputStream in = source.open(script)) {
            if (in == null) {
                throw new CatalogException("The migration " + script + " is missing from " + from);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("Cannot read the migration " + script + ": " + e.getMessage(), e);
        }
    }

    /** Splits a script at semicolons that end a line; our scripts keep semicolons out of literals. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }

    private static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration script not named db/V<n>__<what>.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }
}
