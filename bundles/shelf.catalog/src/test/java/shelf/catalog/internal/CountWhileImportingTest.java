package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.ProductQuery;
import shelf.api.security.Subject;
import shelf.catalog.spi.BatchWriter;
import shelf.core.internal.database.CatalogDatabase;

/**
 * A count leaves out the products of a batch still being imported (committed a part at a time), and counts
 * every product once no import runs — the count that takes the quick way then.
 */
class CountWhileImportingTest {
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
    void productsOfABatchBeingImportedAreCountedOnlyOnceItIsStored() throws Exception {
        List<ImportedProduct> products = TestProducts.many(1_203, 1);
        store.store(Subject.SYSTEM, TestProducts.batch(products.subList(0, 3)));
        ProductQuery merchant = new ProductQuery(null, "", "m1", 0);
        assertEquals(3, store.count(Subject.SYSTEM, merchant));
        assertEquals(3, store.count(Subject.SYSTEM, ProductQuery.all()));

        try (BatchWriter writer = store.begin("m1", TestProducts.FILE, TestProducts.SHEET, "ops")) {
            for (ImportedProduct product : products.subList(3, products.size())) {
                writer.add(product);
            }
            // more than a part's worth of new products are committed by now, their batch still importing
            assertEquals(3, store.count(Subject.SYSTEM, merchant));
            assertEquals(3, store.count(Subject.SYSTEM, ProductQuery.all()));
            assertEquals(3, store.products(Subject.SYSTEM, merchant).size());
            writer.commit("m1", 1_200, List.of());
        }

        assertEquals(1_203, store.count(Subject.SYSTEM, merchant));
        assertEquals(1_203, store.count(Subject.SYSTEM, ProductQuery.all()));
        assertEquals(0, store.count(Subject.SYSTEM, new ProductQuery(null, "", "m2", 0)));
        assertEquals(1_203, store.count(Subject.SYSTEM, new ProductQuery(null, "服装/", "m1", 0)));
        assertEquals(0, store.count(Subject.SYSTEM, new ProductQuery(null, "家居/", "", 0)));
    }
}
