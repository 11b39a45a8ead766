package shelf.publish.sync.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.api.publish.Outbox;
import shelf.api.publish.PublishException;
import shelf.api.publish.PullReport;
import shelf.api.audit.AuditEntry;
import shelf.api.security.Subject;

/**
 * channel:pull: pages through a shop's listings, stores them as one batch (as an import would: new, changed or
 * unchanged products) and records each as live on the channel. A page the platform fails to give is asked
 * again a few times with the usual backoff; a listing without an outer id or a product cannot be keyed and is
 * reported instead.
 */
final class ShopPull {
    private static final int PAGE = 100;
    private static final int ATTEMPTS = 5;

    private final CatalogStore store;
    private final Outbox outbox;

    ShopPull(CatalogStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    PullReport pull(String channel, ChannelAdapter adapter, String merchant, String requestedBy)
            throws PublishException, InterruptedException {
        String owner = merchant.isEmpty() ? channel : merchant;
        Map<String, ImportedProduct> products = new LinkedHashMap<>();
        Map<String, String> listingIds = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int read = 0;
        String cursor = "";
        do {
            ListingPage page = page(adapter, channel, cursor);
            for (ChannelListing listing : page.listings()) {
                read++;
                if (listing.outerId().isEmpty() || listing.product() == null) {
                    skipped.add("listing " + listing.listingId() + ": " + (listing.outerId().isEmpty()
                            ? "no outer id (商家编码) to key it by" : "the platform gave no product details"));
                } else if (products.containsKey(listing.outerId())) {
                    skipped.add("listing " + listing.listingId() + ": outer id " + listing.outerId() + " is also on listing "
                            + listingIds.get(listing.outerId()));
                } else {
                    products.put(listing.outerId(), new ImportedProduct(owned(listing, owner), Map.of()));
                    listingIds.put(listing.outerId(), listing.listingId());
                }
            }
            cursor = page.nextCursor();
        } while (!cursor.isEmpty());
        if (products.isEmpty()) {
            return new PullReport(channel, owner, 0, read, 0, skipped);
        }
        try {
            List<ImportedProduct> list = List.copyOf(products.values());
            int rows = list.stream().mapToInt(p -> Math.max(1, p.product().skus().size())).sum();
            StoredBatch batch = store.store(Subject.SYSTEM, new NewBatch(owner, channel + " shop", "", rows, list, List.of(), requestedBy));
            List<Outbox.Listing> live = new ArrayList<>();
            for (ImportedProduct p : list) {
                live.add(new Outbox.Listing(channel, owner, p.product().spuCode(), listingIds.get(p.product().spuCode()),
                        p.product().skus().stream().map(Sku::skuCode).toList()));
            }
            outbox.recordLive(live);
            return new PullReport(channel, owner, batch.id(), read, list.size(), skipped);
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    private ListingPage page(ChannelAdapter adapter, String channel, String cursor) throws PublishException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return adapter.listings(cursor, PAGE);
            } catch (ChannelException e) {
                if (!e.retryable() || attempt == ATTEMPTS) {
                    throw new PublishException("cannot read the " + channel + " shop's listings"
                            + (cursor.isEmpty() ? "" : " after cursor " + cursor) + ": " + e.getMessage(), e);
                }
                Thread.sleep(outbox.retryDelayMillis(attempt, e.kind()));
            }
        }
    }

    /** The listing's product under the merchant, keyed by its outer id. */
    private static Product owned(ChannelListing listing, String merchant) {
        Product p = listing.product();
        return new Product(merchant, listing.outerId(), p.title(), p.subtitle(), p.categoryPath(), p.brand(), p.attributes(),
                p.description(), p.tags(), p.mainImages(), p.detailImages(), p.video(), p.shippingTemplate(),
                p.returnPolicy(), p.dispatchHours(), p.skus());
    }

    /** "channel:pull" by lily: channel:taobao, batch:1, "5 listings read, 5 products stored under merchant acme, 0 skipped". */
    static AuditEntry audited(Subject by, PullReport report) {
        return AuditEntry.of(by.name(), "channel:pull", report.batchId() == 0 ? List.of("channel:" + report.channel())
                : List.of("channel:" + report.channel(), "batch:" + report.batchId()), "", report.batchId() == 0 ? ""
                        : "batch " + report.batchId(), report.listings() + " listings read, " + report.products()
                                + " products stored under merchant " + report.merchant() + ", " + report.skipped().size()
                                + " skipped");
    }
}
