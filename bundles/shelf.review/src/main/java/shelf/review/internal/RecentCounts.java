package shelf.review.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Counts over the whole review table kept for a moment: counting 100,000 rows costs a scan, and fifty reviewers'
 * boards (refreshed every 3 s) and queues would each pay it. A count is at most {@link #MAX_AGE_NANOS} old,
 * measured from when its counting began; the pages and cards are always read fresh.
 *
 * <p>One count at a time per key: when a count runs out, the first caller starts counting again on a thread of
 * its own, and it and the callers that arrive meanwhile get the count being replaced (so at most two seconds and
 * one recount old) rather than each starting a scan or waiting for one — fifty scans at once on two cores made
 * the board take seconds. Only when there is no count yet do callers wait, for the first.
 */
final class RecentCounts {
    static final long MAX_AGE_NANOS = 2_000_000_000L;

    @FunctionalInterface
    interface Count<T> {
        T count() throws Exception;
    }

    /** A count begun at {@code at}, and the one before it (null if none) for callers while it runs. */
    private record Entry(long at, CompletableFuture<Object> value, Object before) {
        boolean fresh(long now) {
            return now - at < MAX_AGE_NANOS && !value.isCompletedExceptionally();
        }

        /** The newest count finished: this one's, or while it runs the one before. */
        Object latest() {
            return value.isDone() && !value.isCompletedExceptionally() ? value.getNow(null) : before;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.function.LongSupplier clock;

    RecentCounts() {
        this(System::nanoTime);
    }

    /** With a clock of nanoseconds of its own, for tests. */
    RecentCounts(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    private void complete(String key, Entry entry, Count<?> count) {
        try {
            entry.value().complete(count.count());
        } catch (Exception | Error failed) {
            entry.value().completeExceptionally(failed);
            entries.remove(key, entry);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Count<T> count) throws Exception {
        long now = clock.getAsLong();
        Entry e = entries.get(key);
        if (e == null || !e.fresh(now)) {
            if (entries.size() > 10_000) {
                entries.clear(); // many scopes and filters: start again rather than grow
            }
            Entry mine = new Entry(now, new CompletableFuture<>(), e == null ? null : e.latest());
            e = entries.compute(key, (k, old) -> old != null && old.fresh(now) ? old : mine);
            if (e == mine) {
                if (mine.before() != null) {
                    // the recount on a thread of its own: no reviewer's page waits for the scan
                    Thread recount = new Thread(() -> complete(key, mine, count), "shelf-review-recount");
                    recount.setDaemon(true);
                    recount.start();
                    return (T) mine.before();
                }
                complete(key, mine, count);
            }
        }
        if (!e.value().isDone() && e.before() != null) {
            return (T) e.before(); // another caller is counting again
        }
        try {
            return (T) e.value().get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
