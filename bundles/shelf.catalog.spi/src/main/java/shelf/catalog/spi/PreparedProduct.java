package shelf.catalog.spi;

import shelf.api.catalog.Product;

/**
 * A product read from a file, with its document as stored and the document's digest (which tells a changed
 * product from an unchanged one), made on the reading thread. Where its values came from is encoded on the
 * storing thread, and only for products that are stored: that keeps the two threads' work about even.
 */
public record PreparedProduct(Product product, ProductSources sources, byte[] doc, byte[] digest) {
}
