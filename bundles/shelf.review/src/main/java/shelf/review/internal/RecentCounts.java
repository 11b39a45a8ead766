package shelf.review.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts over the whole review table kept for a moment: counting 100,000 rows costs a scan, and fifty reviewers'
 * boards (refreshed every 3 s) and queues would each pay it. A count is at most {@link #MAX_AGE_NANOS} old; the
 * pages and cards are always read fresh.
 */
final class RecentCounts {
    static final long MAX_AGE_NANOS = 2_000_000_000L;

    @FunctionalInterface
    interface Count<T> {
        T count() throws Exception;
    }

    private record Entry(long at, Object value) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Count<T> count) throws Exception {
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && now - e.at() < MAX_AGE_NANOS) {
            return (T) e.value();
        }
        T value = count.count();
        if (entries.size() > 10_000) {
            entries.clear(); // many scopes and filters: start again rather than grow
        }
        entries.put(key, new Entry(now, value));
        return value;
    }
}
