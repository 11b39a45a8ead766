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

    /**
     * Checks every line against its MAC and the line before, and the last line against the head kept in the
     * catalogue, so that a changed, removed or cut-off line, an emptied or deleted file and a rewrite with
     * another key are each named.
     */
    AuditCheck verify() throws IOException;

    /** Work done while the trail stands still: a backup copying the trail and the catalogue that keeps its head. */
    @FunctionalInterface
    interface QuietWork {
        void run() throws IOException;
    }

    /**
     * Runs {@code work} with every entry appended so far on disk and none appended until it returns (appenders
     * wait), so that a copy of the trail and of the catalogue taken inside agree on the trail's head.
     */
    default void whileQuiet(QuietWork work) throws IOException {
        work.run();
    }
}
