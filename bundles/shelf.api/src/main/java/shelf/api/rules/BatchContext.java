package shelf.api.rules;

import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;

/**
 * What a rule pack sees of the batch being validated besides the one product it checks: the whole
 * batch (for checks such as "SKU codes unique"), the channel, and where each value came from. The
 * engine calls packs from several threads at once; every method here is safe to call concurrently.
 */
@ProviderType
public interface BatchContext {

    /** Every product of the batch, in batch order. */
    List<Product> products();

    /** The channel validated for ("weidian"), or empty when validating for no particular channel. */
    String channel();

    /**
     * The cell a value of this product came from, by its field path as the catalogue keys sources
     * ("title", "attributes.材质", "skus[SKU-1].salePrice"); {@code null} when not known.
     */
    SourceCell source(Product product, String fieldPath);

    /**
     * A value computed once per batch and shared by every call of every thread — an index of SKU codes
     * for a uniqueness check, say. The first caller computes it; the others wait and get the same
     * object. Keys are global to the batch: begin them with the pack id.
     */
    <T> T shared(String key, Function<List<Product>, T> compute);

    /**
     * Reads image and video headers for media checks; empty when no media bundle is installed, in which
     * case a media check says it could not look.
     */
    default java.util.Optional<shelf.api.media.MediaInspector> media() {
        return java.util.Optional.empty();
    }

    /**
     * The merchant's stored products that are not in this batch, for checks across the merchant's catalogue
     * (a SKU code another product uses); loaded once per validation, and not at all when the batch holds the
     * merchant's whole catalogue. Empty when the products validated are not stored.
     */
    default List<Product> catalogue(String merchant) {
        return List.of();
    }

    /**
     * The merchant's stored products that are not in this batch and hold one of these values in the field
     * ("skus.skuCode", "skus.barcode", "spuCode"), by SPU code: for checking a batch against the merchant's
     * catalogue without reading all of it. May hold other products of the merchant too (a catalogue with no
     * index of the field gives them all), so a check compares the values itself. Empty when the products
     * validated are not stored.
     *
     * @since 3.4
     */
    default List<Product> catalogue(String merchant, String field, java.util.Set<String> values) {
        return values.isEmpty() ? List.of() : catalogue(merchant);
    }
}
