package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.catalog.internal.TestProducts.batch;
import static shelf.catalog.internal.TestProducts.cell;
import static shelf.catalog.internal.TestProducts.product;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;
import shelf.catalog.spi.BatchWriter;
import shelf.core.internal.database.CatalogDatabase;

class H2CatalogStoreTest {
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
    void aNewFileCreatesEveryProductExactlyAsGiven() throws Exception {
        StoredBatch batch = store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "99.90", "12.5"), product("B2", 4, "0.01"))));

        assertEquals(List.of(2, 0, 0, 2, 3), List.of(batch.created(), batch.updated(), batch.unchanged(),
                batch.products(), batch.skus()));
        StoredProduct a1 = store.product(Subject.SYSTEM, "A1").get(0);
        assertEquals(1, a1.revision());
        assertEquals(batch.id(), a1.batchId());
        assertEquals(product("A1", 2, "99.90", "12.5").product(), a1.product());
        assertEquals(new BigDecimal("12.5"), a1.product().skus().get(1).salePrice());
        assertEquals("6901234567891", a1.product().skus().get(1).barcode());
        assertEquals(cell(3, 16), a1.sources().get("skus[A1-2].salePrice"));
        assertEquals(cell(2, 7), a1.sources().get("attributes.材质"));
        assertEquals(product("A1", 2, "99.90", "12.5").sources(), a1.sources());
    }

    @Test
    void reImportingTheSameFileIsANewBatchThatChangesNothing() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "99.90"), product("B2", 3, "5.00"))));
        StoredBatch again = store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "99.90"), product("B2", 3, "5.00"))));

        assertEquals(List.of(0, 0, 2), List.of(again.created(), again.updated(), again.unchanged()));
        StoredProduct a1 = store.product(Subject.SYSTEM, "A1").get(0);
        assertEquals(1, a1.revision());
        assertEquals(1, a1.batchId(), "an unchanged product still belongs to the batch that wrote it");
        assertEquals(2, store.products(Subject.SYSTEM, new ProductQuery(again.id(), "", "", 0)).size(), "listed by the batch that saw it");
        assertEquals(1, store.history(Subject.SYSTEM, "m1", "A1").size());
    }

    @Test
    void aChangedPriceUpdatesTheProductAndRecordsWhichFieldChanged() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "99.90", "20.00"), product("B2", 4, "5.00"))));
        StoredBatch second = store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "89.90", "20.00"), product("B2", 4, "5.00"))));

        assertEquals(List.of(0, 1, 1), List.of(second.created(), second.updated(), second.unchanged()));
        StoredProduct a1 = store.product(Subject.SYSTEM, "A1").get(0);
        assertEquals(2, a1.revision());
        assertEquals(second.id(), a1.batchId());
        assertEquals(new BigDecimal("89.90"), a1.product().skus().get(0).salePrice());
        List<ProductChange> history = store.history(Subject.SYSTEM, "m1", "A1");
        assertEquals(2, history.size());
        assertEquals(List.of(), history.get(0).changedFields());
        assertEquals("", history.get(0).beforeDigest());
        assertEquals(List.of("skus[A1-1].salePrice"), history.get(1).changedFields());
        assertEquals(history.get(0).afterDigest(), history.get(1).beforeDigest());
        assertEquals(64, history.get(1).afterDigest().length());
        assertEquals(2, history.get(1).revision());
    }

    @Test
    void aSkuAddedOrRemovedIsNamedAndTheSkuRowsFollow() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00", "2.00", "3.00"))));
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00", "2.00"))));
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00", "2.50", "3.00", "4.00"))));

        List<ProductChange> history = store.history(Subject.SYSTEM, "m1", "A1");
        assertEquals(List.of("skus[A1-3]"), history.get(1).changedFields());
        assertEquals(List.of("skus[A1-2].salePrice", "skus[A1-3]", "skus[A1-4]"), history.get(2).changedFields());
        assertEquals(List.of("A1-1", "A1-2", "A1-3", "A1-4"), store.product(Subject.SYSTEM, "A1").get(0).product().skus().stream()
                .map(shelf.api.catalog.Sku::skuCode).toList());
        assertEquals(3, store.product(Subject.SYSTEM, "A1").get(0).revision());
    }

    @Test
    void rowErrorsAreStoredInRowAndColumnOrder() throws Exception {
        List<RowError> errors = List.of(new RowError(9, 16, "销售价", "12,5", "'12,5' is not a price — write 12.50"),
                new RowError(4, 0, "", "", "the row has no 商品编码 — every row needs the product's code"));
        StoredBatch stored = store.store(Subject.SYSTEM, new NewBatch("m1", "商品表.xlsx", "商品", 10, List.of(product("A1", 2, "1.00")),
                errors, "ops"));

        assertEquals(2, stored.errors());
        List<RowError> read = store.errors(Subject.SYSTEM, stored.id());
        assertEquals(List.of(errors.get(1), errors.get(0)), read);
        assertEquals("P", read.get(1).columnLetter());
    }

    @Test
    void batchesAreListedOldestFirst() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00"))));
        store.store(Subject.SYSTEM, new NewBatch("m1", "第二批.csv", "", 1, List.of(product("B1", 2, "1.00")), List.of(), "ops"));

        List<StoredBatch> batches = store.batches(Subject.SYSTEM);
        assertEquals(List.of("商品表.xlsx", "第二批.csv"), batches.stream().map(StoredBatch::file).toList());
        assertEquals("imported", batches.get(1).state());
        assertEquals(batches.get(1), store.batch(Subject.SYSTEM, batches.get(1).id()).orElseThrow());
    }

    @Test
    void productsAreListedByCategoryPrefixAndMerchant() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("B2", 2, "1.00"), product("A1", 3, "1.00"))));

        assertEquals(List.of("A1", "B2"), store.products(Subject.SYSTEM, new ProductQuery(null, "服装/男装", "m1", 0)).stream()
                .map(p -> p.product().spuCode()).toList());
        assertEquals(List.of(), store.products(Subject.SYSTEM, new ProductQuery(null, "数码", "", 0)));
        assertEquals(1, store.products(Subject.SYSTEM, new ProductQuery(null, "", "", 1)).size());
        assertEquals(List.of(), store.products(Subject.SYSTEM, new ProductQuery(null, "", "m2", 0)));
    }

    @Test
    void aProductTwiceInOneBatchIsRefusedAndNothingIsStored() {
        CatalogException twice = assertThrows(CatalogException.class,
                () -> store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00"), product("A1", 3, "2.00")))));

        assertEquals("The product A1 of m1 appears twice in one batch; a batch holds each product once",
                twice.getMessage());
        assertTrue(assertDoesNotFail(() -> store.batches(Subject.SYSTEM).isEmpty()));
    }

    @Test
    void productsOfABatchStillBeingWrittenAreNotThereUntilItCommitsAndGoneIfItFails() throws Exception {
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "1.00"))));
        List<shelf.api.catalog.ImportedProduct> many = TestProducts.many(2500, 1);
        try (BatchWriter writer = store.begin("m1", "大批量.xlsx", "商品", "ops")) {
            for (shelf.api.catalog.ImportedProduct p : many) {
                writer.add(p); // new products are committed a thousand at a time on their own connection
            }
            assertEquals(1, store.products(Subject.SYSTEM, ProductQuery.all()).size(), "only the earlier batch's product");
            assertEquals(List.of(), store.product(Subject.SYSTEM, "SPU000001"));
            assertEquals(List.of(), store.history(Subject.SYSTEM, "m1", "SPU000001"));
            assertEquals(1, store.batches(Subject.SYSTEM).size(), "the open batch is not listed");
        } // closed without commit: rolled back

        assertEquals(1, store.products(Subject.SYSTEM, ProductQuery.all()).size());
        assertEquals(1, store.batches(Subject.SYSTEM).size());
        StoredBatch next = store.store(Subject.SYSTEM, batch(many));
        assertEquals(2500, next.created());
        assertEquals(2501, store.products(Subject.SYSTEM, ProductQuery.all()).size());
        assertEquals(List.of(1L, next.id()), store.batches(Subject.SYSTEM).stream().map(StoredBatch::id).toList());
    }

    private static boolean assertDoesNotFail(java.util.concurrent.Callable<Boolean> check) {
        try {
            return check.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A count leaves out the products of a batch still being imported (committed a part at a time), and counts
     * every product once no import runs — the count that takes the quick way then.
     */
    @Test
    void productsOfABatchBeingImportedAreCountedOnlyOnceItIsStored() throws Exception {
        List<ImportedProduct> products = TestProducts.many(1_203, 1);
        store.store(Subject.SYSTEM, batch(products.subList(0, 3)));
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
