package shelf.catalog.spi;

import java.util.List;

import shelf.api.catalog.Sku;

/**
 * Where a product's values came from, as the product row keeps them: {@link SourceCodec}'s text, written on
 * the storing thread. An import gives a {@link SourceList}; everything else a map of paths to cells.
 */
@FunctionalInterface
public interface ProductSources {
    /** The text of the product row's sources column; file and sheet are the batch's own, left out of it. */
    String encode(List<Sku> skus, String file, String sheet);

    /**
     * The same text as UTF-8, as the column stores it.
     *
     * @since 1.2
     */
    default byte[] encodeUtf8(List<Sku> skus, String file, String sheet) {
        return encode(skus, file, sheet).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
