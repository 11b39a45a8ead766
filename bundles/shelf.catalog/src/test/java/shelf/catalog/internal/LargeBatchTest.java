package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.catalog.internal.TestProducts.batch;
import static shelf.catalog.internal.TestProducts.many;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** A batch of more products than H2 takes in one array (65,536): validate lists them all. */
class LargeBatchTest {
    private static final int PRODUCTS = 70_000;

    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();

    @BeforeEach
    void open() throws CatalogException {
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBatchOfMoreThan65536ProductsListsAndCountsEveryOneInOrder() throws Exception {
        StoredBatch stored = store.store(Subject.SYSTEM, batch(many(PRODUCTS, 1)));
        ProductQuery all = new ProductQuery(stored.id(), "", "", 0);

        assertEquals(PRODUCTS, store.count(Subject.SYSTEM, all));
        List<StoredProduct> products = store.products(Subject.SYSTEM, all);
        assertEquals(PRODUCTS, products.size());
        assertEquals("SPU000000", products.get(0).product().spuCode());
        assertEquals("SPU069999", products.get(PRODUCTS - 1).product().spuCode());
        assertEquals(List.of("SPU000000", "SPU000001", "SPU000002"),
                store.products(Subject.SYSTEM, new ProductQuery(stored.id(), "", "", 3)).stream()
                        .map(p -> p.product().spuCode()).toList());
    }
}
