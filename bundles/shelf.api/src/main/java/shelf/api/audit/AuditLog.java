package shelf.api.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Appends changes to the audit trail and reads it back. Every bundle that changes data calls append. */
@ProviderType
public interface AuditLog {

    /** Appends one entry; durable when this returns. A failure to write is logged, never thrown at the caller. */
    void append(AuditEntry entry);

    /** The last {@code limit} entries (0: all) of this user (empty: anyone) since this time (null: ever), oldest first. */
    List<AuditEntry> tail(String user, Instant since, int limit) throws IOException;

    /** Checks every line against its hash and the hash of the line before. */
    AuditCheck verify() throws IOException;
}
