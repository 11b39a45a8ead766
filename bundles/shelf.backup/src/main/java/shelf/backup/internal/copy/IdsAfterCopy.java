package shelf.backup.internal.copy;

import static shelf.backup.internal.copy.CatalogueTables.quoted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ids after a copy: every id column of the copied tables (an identity or serial column, backed by a sequence)
 * goes on after its highest copied id — what H2 does for its identity columns at each start, so the batch after
 * batch 6 is batch 7 on PostgreSQL too — and every other sequence (publish_run) from where H2's stood.
 */
final class IdsAfterCopy {
    private final Connection h2;
    private final Connection postgres;

    IdsAfterCopy(Connection h2, Connection postgres) {
        this.h2 = h2;
        this.postgres = postgres;
    }

    void set(List<String> copiedTables) throws SQLException {
        for (String[] column : idColumns()) {
            if (copiedTables.contains(column[0])) {
                try (Statement statement = postgres.createStatement()) {
                    // setval(…, n, false): the next id handed out is n
                    statement.execute("SELECT setval('" + column[2].replace("'", "''") + "', (SELECT COALESCE(MAX("
                            + quoted(column[1]) + "), 0) + 1 FROM " + quoted(column[0]) + "), false)");
                }
            }
        }
        for (String sequence : ownSequences()) {
            Long next = h2Next(sequence);
            if (next != null) {
                try (PreparedStatement setval = postgres.prepareStatement("SELECT setval(?, ?, false)")) {
                    setval.setString(1, quoted(sequence));
                    setval.setLong(2, next);
                    setval.execute();
                }
            }
        }
    }

    /** Table, column and sequence of every column whose values a sequence hands out. */
    private List<String[]> idColumns() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = postgres.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
                + "FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return columns;
    }

    /** The sequences no column owns, which the code asks for values (CREATE SEQUENCE publish_run). */
    private List<String> ownSequences() throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement statement = postgres.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind = 'S' AND n.nspname = current_schema() AND NOT EXISTS "
                + "(SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))")) {
            while (rs.next()) {
                sequences.add(rs.getString(1));
            }
        }
        return sequences;
    }

    /** The value H2's sequence of that name hands out next, or null when it has none. */
    private Long h2Next(String sequence) throws SQLException {
        try (PreparedStatement select = h2.prepareStatement("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES "
                + "WHERE SEQUENCE_SCHEMA = 'PUBLIC' AND SEQUENCE_NAME = ?")) {
            select.setString(1, sequence.toUpperCase(Locale.ROOT));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
