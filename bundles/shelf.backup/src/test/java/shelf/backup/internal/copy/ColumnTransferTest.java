package shelf.backup.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnTransferTest {

    @Test
    void theTransferFollowsThePostgresType() {
        assertEquals(ColumnTransfer.BYTES, ColumnTransfer.of("bytea"));
        assertEquals(ColumnTransfer.TIMESTAMP_TZ, ColumnTransfer.of("timestamptz"));
        assertEquals(ColumnTransfer.TIMESTAMP, ColumnTransfer.of("timestamp"));
        assertEquals(ColumnTransfer.BOOLEAN, ColumnTransfer.of("bool"));
        assertEquals(ColumnTransfer.DECIMAL, ColumnTransfer.of("numeric"));
        assertEquals(ColumnTransfer.TEXT, ColumnTransfer.of("varchar"));
        assertEquals(ColumnTransfer.TEXT, ColumnTransfer.of("text"));
        assertEquals(ColumnTransfer.JSON, ColumnTransfer.of("jsonb"));
        assertEquals(ColumnTransfer.ARRAY, ColumnTransfer.of("_int4"));
        assertEquals(ColumnTransfer.OTHER, ColumnTransfer.of("int8"));
    }
}
