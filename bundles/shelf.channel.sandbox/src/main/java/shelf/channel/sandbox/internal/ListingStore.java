package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated shop's listings in memory. Like the real platforms it lets two listings carry the same
 * outer id — that is exactly the duplicate a publisher must never cause, and what {@link #duplicates}
 * counts.
 */
final class ListingStore {
    private final Map<String, SandboxListing> byId = new ConcurrentHashMap<>();
    private final Map<String, List<SandboxListing>> byOuterId = new ConcurrentHashMap<>();
    private final AtomicLong ids;

    ListingStore(long firstId) {
        this.ids = new AtomicLong(firstId);
    }

    String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    SandboxListing create(ListingDraft draft) {
        SandboxListing listing = new SandboxListing(nextId(), draft.outerId());
        listing.replace(draft, this);
        byId.put(listing.id, listing);
        byOuterId.computeIfAbsent(draft.outerId(), k -> new CopyOnWriteArrayList<>()).add(listing);
        return listing;
    }

    SandboxListing get(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The listings with this outer id, oldest first (empty when none). */
    List<SandboxListing> byOuterId(String outerId) {
        return byOuterId.getOrDefault(outerId, List.of());
    }

    /** Every listing, in the order the platform created them. */
    List<SandboxListing> all() {
        List<SandboxListing> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparingLong(l -> Long.parseLong(l.id)));
        return all;
    }

    /** One page (1-based) of {@link #all}, optionally only those on sale. */
    List<SandboxListing> page(int page, int size, boolean onSaleOnly) {
        List<SandboxListing> all = onSaleOnly ? all().stream().filter(l -> l.onSale).toList() : all();
        int from = Math.min(all.size(), Math.max(0, (page - 1) * size));
        return all.subList(from, Math.min(all.size(), from + size));
    }

    int count() {
        return byId.size();
    }

    /** Outer ids listed more than once. */
    int duplicates() {
        return (int) byOuterId.values().stream().filter(list -> list.size() > 1).count();
    }

    /** Removes the listings whose outer id starts with {@code prefix}; returns how many. */
    int removeOuterIds(String prefix) {
        int removed = 0;
        for (String outerId : List.copyOf(byOuterId.keySet())) {
            if (outerId.startsWith(prefix)) {
                for (SandboxListing listing : byOuterId.remove(outerId)) {
                    byId.remove(listing.id);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Removes every listing; ids go on counting, so an id never names two different listings. */
    void clear() {
        byId.clear();
        byOuterId.clear();
    }
}
