package shelf.api.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The products of a stored batch, read a part at a time, for work over a batch too large to hold at once (a
 * million SKUs validated at the default heap). Positions run in merchant and SPU code order ({@link String}
 * order); each product's merchant and SPU code are known without reading it.
 *
 * @since 2.2
 */
@ProviderType
public interface BatchProducts {
    /** How many products the batch has. */
    int size();

    String merchant(int at);

    String spuCode(int at);

    /** The products at positions {@code from} (inclusive) to {@code to} (exclusive), in that order. */
    List<StoredProduct> read(int from, int to) throws CatalogException;

    /**
     * The positions of the products that hold an SKU code or barcode which another product of their merchant holds
     * too (as its SKU code or its barcode, in this batch or elsewhere in the catalogue), or {@code null} when the
     * store cannot tell cheaply. A product outside the set shares none of its SKU codes and barcodes with any other
     * stored product, so a check of their uniqueness reads only the products in it. The set may hold more products
     * than these (never fewer).
     *
     * @since 2.3
     */
    default java.util.BitSet sharingSkuCodes() throws CatalogException {
        return null;
    }

    /** Products held in memory, put in merchant and SPU code order: for a store that cannot read by parts. */
    static BatchProducts of(List<StoredProduct> products) {
        List<StoredProduct> ordered = new ArrayList<>(products);
        ordered.sort(Comparator.comparing((StoredProduct p) -> p.product().merchant())
                .thenComparing(p -> p.product().spuCode()));
        return new BatchProducts() {
            @Override
            public int size() {
                return ordered.size();
            }

            @Override
            public String merchant(int at) {
                return ordered.get(at).product().merchant();
            }

            @Override
            public String spuCode(int at) {
                return ordered.get(at).product().spuCode();
            }

            @Override
            public List<StoredProduct> read(int from, int to) {
                return List.copyOf(ordered.subList(from, to));
            }
        };
    }
}
