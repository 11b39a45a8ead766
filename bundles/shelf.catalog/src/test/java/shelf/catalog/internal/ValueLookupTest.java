package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.catalog.internal.TestProducts.batch;
import static shelf.catalog.internal.TestProducts.product;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** The catalogue's lookup of a merchant's products by SKU code, barcode or SPU code, as the uniqueness check asks. */
class ValueLookupTest {
    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();
    private CatalogDatabase database;

    @BeforeEach
    void open() throws Exception {
        database = CatalogDatabase.open(home.resolve("data/catalog"));
        store.open(database);
        store.store(Subject.SYSTEM, batch(List.of(product("A1", 2, "10", "11"), product("B2", 4, "12"),
                product("C3", 5, "13"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> holding(String field, Set<String> values, Set<String> except) throws Exception {
        return store.holding(Subject.SYSTEM, "m1", field, values, except).stream().map(Product::spuCode).toList();
    }

    @Test
    void aSkuCodeFindsTheProductsHoldingItOutsideTheBatch() throws Exception {
        assertEquals(List.of("B2"), holding("skus.skuCode", Set.of("B2-1", "NOPE-1"), Set.of()));
        assertEquals(List.of(), holding("skus.skuCode", Set.of("B2-1"), Set.of("B2")), "B2 is in the batch");
        assertEquals(List.of("A1", "C3"), holding("skus.skuCode", Set.of("C3-1", "A1-2"), Set.of()));
        assertEquals(List.of(), store.holding(Subject.SYSTEM, "m2", "skus.skuCode", Set.of("B2-1"), Set.of()),
                "another merchant's SKU code");
    }

    @Test
    void aBarcodeAndAnSpuCodeAreFoundToo() throws Exception {
        assertEquals(List.of("A1", "B2", "C3"), holding("skus.barcode", Set.of("6901234567890"), Set.of()));
        assertEquals(List.of("A1"), holding("skus.barcode", Set.of("6901234567891"), Set.of()));
        assertEquals(List.of("C3"), holding("spuCode", Set.of("C3"), Set.of("A1")));
    }

    @Test
    void aChangedSkuCodeIsFoundUnderItsNewCodeOnly() throws Exception {
        Product a1 = store.product(Subject.SYSTEM, "A1").get(0).product();
        store.update(Subject.SYSTEM, withSkuCodes(a1, "A1-X", "A1-2"));
        ImportedProduct b2 = product("B2", 4, "12");
        store.store(Subject.SYSTEM, batch(List.of(new ImportedProduct(withSkuCodes(b2.product(), "B2-Y"), Map.of()))));

        assertEquals(List.of(), holding("skus.skuCode", Set.of("A1-1", "B2-1"), Set.of()));
        assertEquals(List.of("A1", "B2"), holding("skus.skuCode", Set.of("A1-X", "B2-Y", "A1-2"), Set.of()));
    }

    @Test
    void aCatalogueStoredBeforeTheIndexIsIndexedWhenOpened() throws Exception {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM product_code_key");
        }
        store.close();
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));

        assertEquals(List.of("B2"), holding("skus.skuCode", Set.of("B2-1"), Set.of()));
    }

    @Test
    void aBatchOfManyProductsIsIndexedWholeAfterItsImport() throws Exception {
        // 6,000 products × 4 SKUs: more index rows than one commit of them holds
        store.store(Subject.SYSTEM, batch(TestProducts.many(6_000, 4)));

        assertEquals(List.of("SPU000000", "SPU003000", "SPU005999"),
                holding("skus.skuCode", Set.of("SPU000000-1", "SPU003000-4", "SPU005999-2"), Set.of()));
        try (Connection c = store.connect(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM product_code_key")) {
            rs.next();
            // each SKU's code, and the barcodes 6901234567890 … 3 once per product
            assertEquals(3 * 2 + 1 + 1 + 6_000 * 8, rs.getLong(1));
        }
    }

    @Test
    void theProductsSharingASkuCodeOrBarcodeAreFoundInOnePassOverTheIndex() throws Exception {
        Product d4 = product("D4", 6, "14").product();
        Sku only = d4.skus().get(0);
        d4 = new Product(d4.merchant(), d4.spuCode(), d4.title(), d4.subtitle(), d4.categoryPath(), d4.brand(),
                d4.attributes(), d4.description(), d4.tags(), d4.mainImages(), d4.detailImages(), d4.video(),
                d4.shippingTemplate(), d4.returnPolicy(), d4.dispatchHours(), List.of(new Sku(only.skuCode(),
                        "6909999999999", only.specs(), only.costPrice(), only.salePrice(), only.promoPrice(),
                        only.marketPrice(), only.stock(), only.weightKg())));
        store.store(Subject.SYSTEM, batch(List.of(new ImportedProduct(d4, Map.of()))));

        long[] sharing = new CatalogQueries(database).sharingCodes();

        // A1, B2 and C3 hold the barcode 6901234567890; D4's SKU code and barcode are its own
        List<Long> expected = new java.util.ArrayList<>();
        try (Connection c = store.connect(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT id FROM product WHERE spu_code IN ('A1', 'B2', 'C3') ORDER BY id")) {
            while (rs.next()) {
                expected.add(rs.getLong(1));
            }
        }
        assertEquals(3, expected.size());
        assertEquals(expected, java.util.Arrays.stream(sharing).boxed().toList());
    }

    private static Product withSkuCodes(Product p, String... codes) {
        List<Sku> skus = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            Sku s = p.skus().get(i);
            skus.add(new Sku(codes[i], s.barcode(), s.specs(), s.costPrice(), s.salePrice(), s.promoPrice(),
                    s.marketPrice(), s.stock(), s.weightKg()));
        }
        return new Product(p.merchant(), p.spuCode(), p.title(), p.subtitle(), p.categoryPath(), p.brand(),
                p.attributes(), p.description(), p.tags(), p.mainImages(), p.detailImages(), p.video(),
                p.shippingTemplate(), p.returnPolicy(), p.dispatchHours(), skus);
    }
}
