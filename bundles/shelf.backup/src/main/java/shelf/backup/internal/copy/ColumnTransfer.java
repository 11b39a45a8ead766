package shelf.backup.internal.copy;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * How one column's values go from H2 to PostgreSQL, chosen by the PostgreSQL column's type name: each value is
 * read from H2 as the Java type the PostgreSQL driver binds to that column, so nothing goes through text and a
 * TIMESTAMP WITH TIME ZONE keeps its instant and offset.
 */
enum ColumnTransfer {
    BYTES, TEXT, JSON, TIMESTAMP_TZ, TIMESTAMP, DATE, TIME, BOOLEAN, DECIMAL, ARRAY, OTHER;

    /** The transfer for a PostgreSQL column of this type ("bytea", "timestamptz", "_int4" for an array of int4). */
    static ColumnTransfer of(String postgresType) {
        String type = postgresType.toLowerCase(Locale.ROOT);
        if (type.startsWith("_")) {
            return ARRAY;
        }
        return switch (type) {
            case "bytea" -> BYTES;
            case "varchar", "text", "bpchar", "char", "name" -> TEXT;
            case "json", "jsonb" -> JSON;
            case "timestamptz" -> TIMESTAMP_TZ;
            case "timestamp" -> TIMESTAMP;
            case "date" -> DATE;
            case "time" -> TIME;
            case "bool" -> BOOLEAN;
            case "numeric" -> DECIMAL;
            default -> OTHER;
        };
    }

    /**
     * Reads column {@code from} of the H2 row and binds it as parameter {@code to}.
     *
     * @param column the PostgreSQL column: its JDBC type for a NULL, its element type for an array
     */
    void transfer(ResultSet row, int from, PreparedStatement insert, int to, TargetColumn column) throws SQLException {
        Object value = switch (this) {
            // H2's BLOB and CLOB read as bytes and text like VARBINARY and VARCHAR
            case BYTES -> row.getBytes(from);
            case TEXT, JSON -> row.getString(from);
            case TIMESTAMP_TZ -> row.getObject(from, OffsetDateTime.class);
            case TIMESTAMP -> row.getObject(from, LocalDateTime.class);
            case DATE -> row.getObject(from, LocalDate.class);
            case TIME -> row.getObject(from, LocalTime.class);
            case BOOLEAN -> row.getObject(from, Boolean.class);
            case DECIMAL -> row.getObject(from, BigDecimal.class);
            case ARRAY -> array(row.getArray(from), insert, column);
            case OTHER -> row.getObject(from);
        };
        if (value == null) {
            insert.setNull(to, this == JSON ? Types.OTHER : column.jdbcType());
        } else if (this == JSON) {
            insert.setObject(to, value, Types.OTHER); // the server parses it as the column's json
        } else if (this == BYTES) {
            insert.setBytes(to, (byte[]) value);
        } else {
            insert.setObject(to, value);
        }
    }

    private static Object array(Array h2, PreparedStatement insert, TargetColumn column) throws SQLException {
        if (h2 == null) {
            return null;
        }
        Object[] values = (Object[]) h2.getArray();
        return insert.getConnection().createArrayOf(column.typeName().substring(1), values);
    }

    /** A column of the PostgreSQL table: its name, JDBC type and the server's type name. */
    record TargetColumn(String name, int jdbcType, String typeName) {
        ColumnTransfer transfer() {
            return of(typeName);
        }
    }
}
