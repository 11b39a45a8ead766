package shelf.channel.sandbox.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A listing as a simulated platform holds it: the platform's id, our outer id, title, category, images and
 * SKUs. Changes and reads of one listing are synchronized on it.
 */
public final class SandboxListing {
    public final String id;
    public final String outerId;
    public String title;
    public String category;
    public List<String> images;
    /** Taobao's property_alias: "pid:vid" → the merchant's name for that value (empty elsewhere). */
    public Map<String, String> aliases = Map.of();
    public boolean onSale = true;
    public final List<SandboxSku> skus = new ArrayList<>();

    public SandboxListing(String id, String outerId) {
        this.id = id;
        this.outerId = outerId;
    }

    /** The SKU with our code, or null. */
    public synchronized SandboxSku sku(String code) {
        for (SandboxSku sku : skus) {
            if (sku.code.equals(code) || sku.skuId.equals(code)) {
                return sku;
            }
        }
        return null;
    }

    public synchronized void replace(ListingDraft draft, ListingStore store) {
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

    public synchronized int totalStock() {
        return skus.stream().mapToInt(s -> s.stock).sum();
    }
}
