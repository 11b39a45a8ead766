package shelf.api.catalog;

import java.util.Map;

/**
 * A product built from a file, with where each value came from.
 *
 * @param product the product
 * @param sources field path → cell: "title", "attributes.材质", "skus[SKU-1].salePrice"
 */
public record ImportedProduct(Product product, Map<String, SourceCell> sources) {

    public ImportedProduct {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }
}
