package shelf.review.itest;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;

/** An audit trail in memory: the entries in the order they came. */
public final class RecordingAuditLog implements AuditLog {
    public final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    /** "lily review:pre-review product:small/S1", one line per entry naming this object. */
    public List<String> of(String object) {
        return entries.stream().filter(e -> e.objects().contains(object))
                .map(e -> e.user() + " " + e.command() + " " + String.join(",", e.objects())).toList();
    }

    @Override
    public List<AuditEntry> tail(String user, Instant since, int limit) {
        return entries.stream().filter(e -> user == null || e.user().equals(user)).limit(limit).toList();
    }

    @Override
    public AuditCheck verify() {
        throw new UnsupportedOperationException("not kept on disk");
    }
}
