package shelf.backup.internal.copy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import shelf.backup.internal.copy.ColumnTransfer.TargetColumn;

/** What JDBC's metadata says of a catalogue's tables, by lower-case name (H2 keeps unquoted names upper case). */
final class CatalogueTables {
    private CatalogueTables() {
    }

    /** The base tables of the connection's schema ("PUBLIC" on H2, the current one on PostgreSQL): lower-case name → name as stored. */
    static Map<String, String> of(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = " + schema(connection) + " AND table_type = 'BASE TABLE'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                tables.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
            }
        }
        return tables;
    }

    /** An H2 table's columns in their order: lower-case name → name as stored. */
    static Map<String, String> h2Columns(Connection h2, String table) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (ResultSet rs = h2.getMetaData().getColumns(null, "PUBLIC", table, null)) {
            while (rs.next()) {
                names.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    /** A PostgreSQL table's columns, by name. */
    static Map<String, TargetColumn> targetColumns(Connection postgres, String table) throws SQLException {
        Map<String, TargetColumn> columns = new LinkedHashMap<>();
        try (ResultSet rs = postgres.getMetaData().getColumns(null, postgres.getSchema(), table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), new TargetColumn(rs.getString("COLUMN_NAME"),
                        rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
            }
        }
        return columns;
    }

    /** For each of these PostgreSQL tables, the tables its foreign keys refer to. */
    static Map<String, Set<String>> references(Connection postgres, List<String> tables) throws SQLException {
        Map<String, Set<String>> refers = new HashMap<>();
        DatabaseMetaData meta = postgres.getMetaData();
        for (String table : tables) {
            try (ResultSet rs = meta.getImportedKeys(null, postgres.getSchema(), table)) {
                while (rs.next()) {
                    refers.computeIfAbsent(table, t -> new HashSet<>()).add(rs.getString("PKTABLE_NAME"));
                }
            }
        }
        return refers;
    }

    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static String schema(Connection connection) throws SQLException {
        return postgres(connection) ? "current_schema()" : "'PUBLIC'";
    }
}
