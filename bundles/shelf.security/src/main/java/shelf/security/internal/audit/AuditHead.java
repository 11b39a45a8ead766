package shelf.security.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * The last line appended to audit.log as the catalogue remembers it (table audit_head, db/V1__audit_head.sql): its
 * number, its MAC and the id of the key that wrote it.
 */
record AuditHead(long seq, String mac, String keyId) {
    /** The audit head's table: the "audit" chain. */
    static final java.util.List<String> SCHEMA = java.util.List.of("db/V1__audit_head.sql");

    static Optional<AuditHead> read(Database catalogue) throws CatalogException {
        try (Connection connection = catalogue.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, mac, key_id FROM audit_head WHERE id = 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(new AuditHead(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw catalogue.failure("read the audit trail's head from", e);
        }
    }

    void write(Database catalogue) throws CatalogException {
        try (Connection connection = catalogue.connect();
                PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO audit_head t USING (VALUES (1, CAST(? AS BIGINT), CAST(? AS VARCHAR), "
                        + "CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE))) "
                        + "AS s (id, seq, mac, key_id, updated_at) "
                        + "ON t.id = s.id "
                        + "WHEN MATCHED THEN UPDATE SET seq = s.seq, mac = s.mac, key_id = s.key_id, "
                        + "updated_at = s.updated_at "
                        + "WHEN NOT MATCHED THEN INSERT (id, seq, mac, key_id, updated_at) "
                        + "VALUES (s.id, s.seq, s.mac, s.key_id, s.updated_at)")) {
            merge.setLong(1, seq);
            merge.setString(2, mac);
            merge.setString(3, keyId);
            merge.setObject(4, OffsetDateTime.now());
            merge.executeUpdate();
        } catch (SQLException e) {
            throw catalogue.failure("keep the audit trail's head in", e);
        }
    }
}
