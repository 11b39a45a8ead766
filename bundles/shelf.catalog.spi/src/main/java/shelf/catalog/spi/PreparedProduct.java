package shelf.catalog.spi;

import shelf.api.catalog.Product;

/**
 * A product read from a file, with its document as stored and the document's digest (which tells a changed
 * product from an unchanged one). Where its values came from is encoded when it is stored, and only for products
 * that are stored. {@link QueuedBatchWriter} makes both on its storing thread; until then doc and digest are null.
 */
public record PreparedProduct(Product product, ProductSources sources, byte[] doc, byte[] digest) {
}
