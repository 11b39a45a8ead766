package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A listing as a simulated platform holds it: the platform's id, our outer id, title, category, images and
 * SKUs. Changes and reads of one listing are synchronized on it.
 */
final class SandboxListing {
    final String id;
    final String outerId;
    String title;
    String category;
    List<String> images;
    /** Taobao's property_alias: "pid:vid" → the merchant's name for that value (empty elsewhere). */
    Map<String, String> aliases = Map.of();
    boolean onSale = true;
    final List<SandboxSku> skus = new ArrayList<>();

    SandboxListing(String id, String outerId) {
        this.id = id;
        this.outerId = outerId;
    }

    /** The SKU with our code, or null. */
    synchronized SandboxSku sku(String code) {
        for (SandboxSku sku : skus) {
            if (sku.code.equals(code) || sku.skuId.equals(code)) {
                return sku;
            }
        }
        return null;
    }

    synchronized void replace(ListingDraft draft, ListingStore store) {
        title = draft.title();
        category = draft.category();
        images = List.copyOf(draft.images());
        List<SandboxSku> next = new ArrayList<>();
        for (ListingDraft.SkuDraft sku : draft.skus()) {
            SandboxSku existing = sku(sku.code());
            SandboxSku added = new SandboxSku(existing != null ? existing.skuId : store.nextId(), sku.code(), sku.specs(),
                    sku.priceFen(), sku.stock());
            // a picture set by its own call (Taobao's property images) stays until one is sent again
            added.image = !sku.image().isEmpty() || existing == null ? sku.image() : existing.image;
            next.add(added);
        }
        skus.clear();
        skus.addAll(next);
    }

    synchronized int totalStock() {
        return skus.stream().mapToInt(s -> s.stock).sum();
    }
}
