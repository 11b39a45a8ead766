package shelf.channel.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listings a platform is reviewing or rejected, by outer id: what was last submitted to each (a digest of
 * the request) and how its review stands. With it a second attempt does not submit again what the platform is
 * still reviewing, and a product whose listing was rejected is sent to that listing, not created a second
 * time — also after a restart, when a file keeps the entries (SHELF_HOME/data/channels/ID-reviews.jsonl).
 * An approved listing leaves the ledger: the publisher records it.
 */
public final class Submissions {
    /** A listing under review or rejected. */
    public record Entry(String listingId, String digest, boolean rejected) {
        String encoded() {
            return listingId + " " + digest + " " + (rejected ? "rejected" : "pending");
        }

        static Entry decoded(String text) {
            String[] parts = text.split(" ");
            return parts.length == 3 ? new Entry(parts[0], parts[1], parts[2].equals("rejected")) : null;
        }
    }

    private final Map<String, Entry> byOuterId = new ConcurrentHashMap<>();
    private final UploadJournal journal;

    /** @param file the file that keeps the ledger, or null for memory only; @param owner endpoint and app key */
    public Submissions(Path file, String owner) {
        this.journal = file == null ? null : new UploadJournal(file, owner);
        if (journal != null) {
            journal.load(Integer.MAX_VALUE).forEach((outerId, text) -> {
                Entry entry = text.isEmpty() ? null : Entry.decoded(text);
                if (entry != null) {
                    byOuterId.put(outerId, entry);
                }
            });
        }
    }

    public Optional<Entry> of(String outerId) {
        return Optional.ofNullable(byOuterId.get(outerId));
    }

    /** Whether the platform is reviewing exactly this submission of the listing. */
    public boolean reviewing(String outerId, String listingId, String digest) {
        Entry entry = byOuterId.get(outerId);
        return entry != null && !entry.rejected() && entry.listingId().equals(listingId) && entry.digest().equals(digest);
    }

    public void submitted(String outerId, String listingId, String digest) {
        put(outerId, new Entry(listingId, digest, false));
    }

    public void rejected(String outerId, String listingId, String digest) {
        put(outerId, new Entry(listingId, digest, true));
    }

    public void approved(String outerId) {
        if (byOuterId.remove(outerId) != null && journal != null) {
            journal.add(outerId, "");
        }
    }

    private void put(String outerId, Entry entry) {
        if (!entry.equals(byOuterId.put(outerId, entry)) && journal != null) {
            journal.add(outerId, entry.encoded());
        }
    }

    /**
     * Closes the file the submissions are kept in, when the adapter stops; one added later is still kept (the file opened
     * for that one line).
     *
     * @since 1.5
     */
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
