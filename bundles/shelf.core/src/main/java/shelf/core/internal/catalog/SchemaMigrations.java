package shelf.core.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import shelf.api.catalog.CatalogException;

/**
 * Brings the catalogue's schema up to date on start: numbered scripts db/V{n}__{what}.sql, each applied once,
 * in order, and recorded in schema_version. A database written by a newer Shelf is refused rather than
 * guessed at.
 */
final class SchemaMigrations {
    /** Every migration this code knows, in order; add a line with each new script. */
    static final List<String> SCRIPTS = List.of("db/V1__catalog.sql", "db/V2__findings.sql", "db/V3__publishing.sql",
            "db/V4__review_users.sql", "db/V5__schedule.sql", "db/V6__publish_may_exist.sql",
            "db/V7__audit_head.sql", "db/V8__login_lockout.sql");

    private static final Pattern NAME = Pattern.compile("db/V(\\d+)__(\\w+)\\.sql");

    private final CatalogDatabase database;

    SchemaMigrations(CatalogDatabase database) {
        this.database = database;
    }

    static int latestKnown() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    void migrate() throws CatalogException {
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                        + "script VARCHAR NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            int current = current(connection);
            if (current > latestKnown()) {
                throw new CatalogException("The catalogue " + database.file() + ".mv.db has schema version " + current
                        + ", newer than this Shelf knows (up to " + latestKnown() + "): it was written by a newer "
                        + "Shelf. Run that version, or restore a backup made with this one.");
            }
            connection.setAutoCommit(false);
            // every script not applied yet, also one numbered below the newest applied: parts of Shelf built
            // side by side take their own numbers, and a catalogue may have met them in any order
            java.util.Set<Integer> applied = applied(connection);
            for (String script : SCRIPTS) {
                if (!applied.contains(version(script))) {
                    apply(connection, script);
                }
            }
        } catch (SQLException e) {
            throw database.failure("migrate", e);
        }
    }

    private static java.util.Set<Integer> applied(Connection connection) throws SQLException {
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void apply(Connection connection, String script) throws SQLException, CatalogException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, version(script));
            insert.setString(2, script);
            insert.setObject(3, OffsetDateTime.now());
            insert.executeUpdate();
        }
        connection.commit();
    }

    private static String read(String script) throws CatalogException {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new CatalogException("The migration " + script + " is missing from shelf.core");
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
