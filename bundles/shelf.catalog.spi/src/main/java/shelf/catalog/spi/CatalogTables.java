package shelf.catalog.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * The catalogue database for the other stages of shelf.core that keep their own tables beside the
 * products (the publishing outbox): sessions on the same file, so a job and the product it sends are
 * read in one query, and the product documents as the store writes them. Internal to shelf.core.
 */
public interface CatalogTables extends Database {


    /** A product from its stored document (product.doc). */
    Product product(byte[] document);

    /**
     * Changes one SKU of the products that have it (one per merchant that uses the code), as a change by no
     * import (batch 0 in the history).
     *
     * @param merchant one merchant only, or empty for every merchant
     * @return the products as changed; empty when no product has the SKU
     */
    List<Product> changeSku(String merchant, String skuCode, UnaryOperator<Sku> change) throws CatalogException;

    /** The products that have the SKU code (one per merchant that uses it), unchanged; merchant empty: every merchant. */
    List<Product> withSku(String merchant, String skuCode) throws CatalogException;
}
