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
    private final ListingJournal journal;

    ListingStore(long firstId) {
        this(firstId, null);
    }

    /** A shop kept in {@code journal} (null: in memory only), with the listings it already holds. */
    ListingStore(long firstId, ListingJournal journal) {
        this.ids = new AtomicLong(firstId);
        this.journal = journal;
        if (journal != null) {
            restore(journal);
        }
    }

    private void restore(ListingJournal journal) {
        try {
            for (ListingJournal.Entry entry : journal.replay()) {
                SandboxListing listing = new SandboxListing(entry.id(), entry.outerId());
                listing.title = entry.title();
                listing.category = entry.category();
                listing.images = entry.images() == null ? List.of() : List.copyOf(entry.images());
                listing.onSale = entry.onSale();
                listing.aliases = entry.aliases() == null ? Map.of() : Map.copyOf(entry.aliases());
                entry.skus().forEach(s -> {
                    SandboxSku sku = new SandboxSku(s.skuId(), s.code(), s.specs(), s.priceFen(), s.stock());
                    sku.image = s.image() == null ? "" : s.image();
                    listing.skus.add(sku);
                });
                byId.put(listing.id, listing);
                byOuterId.computeIfAbsent(listing.outerId, k -> new CopyOnWriteArrayList<>()).add(listing);
                ids.accumulateAndGet(Long.parseLong(listing.id), Math::max);
                listing.skus.forEach(sku -> ids.accumulateAndGet(Long.parseLong(sku.skuId), Math::max));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps a listing's new state (in the journal, when the shop has one); call after every change. */
    void saved(SandboxListing listing) {
        if (journal != null) {
            journal.saved(listing);
        }
    }

    String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    SandboxListing create(ListingDraft draft) {
        SandboxListing listing = new SandboxListing(nextId(), draft.outerId());
        listing.replace(draft, this);
        byId.put(listing.id, listing);
        byOuterId.computeIfAbsent(draft.outerId(), k -> new CopyOnWriteArrayList<>()).add(listing);
        saved(listing);
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
                    if (journal != null) {
                        journal.removed(listing.id);
                    }
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
        if (journal != null) {
            journal.cleared();
        }
    }

    /** Closes the journal; the shop stays on disk for the next start. */
    void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
