package shelf.core.internal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;

/**
 * The audit trail as the core's components see it, kept in memory: the trail itself (keyed chain, head in
 * the database) is shelf.security's and is tested there; here only what the core appends matters.
 */
public final class RecordingAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    /** Every entry, oldest first; the arguments are ignored. */
    @Override
    public synchronized List<AuditEntry> tail(String user, Instant since, int limit) {
        return List.copyOf(entries);
    }

    @Override
    public AuditCheck verify() {
        throw new UnsupportedOperationException("the recording audit log has no chain to verify");
    }
}
