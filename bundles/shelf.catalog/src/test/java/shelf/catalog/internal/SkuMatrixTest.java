package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ProductChange;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredProduct;
import shelf.security.internal.audit.FileAuditLog;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

class SkuMatrixTest {
    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();
    private final CartesianSkus matrix = new CartesianSkus();

    @BeforeEach
    void aProduct() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
        FileAuditLog audit = new FileAuditLog();
        audit.open(home.resolve("data/audit.log"));
        matrix.store = store;
        matrix.audit = audit;
        store.store(Subject.SYSTEM, TestProducts.batch(List.of(TestProducts.product("A1", 2, "59.00"), TestProducts.product("B1", 3, "9.90"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyCombinationGetsAUniqueCodeAndTheChangeIsInTheHistory() throws Exception {
        StoredProduct a1 = store.product(Subject.SYSTEM, "A1").get(0);
        StoredProduct after = matrix.generate(Subject.SYSTEM, a1, "颜色=红色,黑色;尺码=S,M,L", new BigDecimal("99.00"), 100, "");

        List<Sku> skus = after.product().skus();
        assertEquals(6, skus.size());
        assertEquals(List.of("A1-1", "A1-2", "A1-3", "A1-4", "A1-5", "A1-6"), skus.stream().map(Sku::skuCode).toList());
        assertEquals(Map.of("颜色", "红色", "尺码", "S"), skus.get(0).specs());
        assertEquals(Map.of("颜色", "黑色", "尺码", "L"), skus.get(5).specs());
        assertEquals(new BigDecimal("99.00"), skus.get(3).salePrice());
        assertEquals(100, skus.get(3).stock());
        assertEquals(2, after.revision());
        List<ProductChange> history = store.history(Subject.SYSTEM, "m1", "A1");
        assertEquals(2, history.size());
        assertTrue(history.get(1).changedFields().stream().anyMatch(f -> f.startsWith("skus")), history.toString());
        assertEquals("title", after.sources().keySet().stream().filter(k -> k.equals("title")).findFirst().orElseThrow(),
                "the product's own source cells stay");
        assertTrue(Files.readString(home.resolve("data/audit.log")).contains("\"command\":\"sku:generate\""));
    }

    @Test
    void aPatternOfSpecNamesAndCodesTakenByAnotherProductAreChecked() throws Exception {
        StoredProduct a1 = store.product(Subject.SYSTEM, "A1").get(0);
        StoredProduct after = matrix.generate(Subject.SYSTEM, a1, "颜色=红色,黑色", new BigDecimal("10"), 1, "{spu}-{颜色}");
        assertEquals(List.of("A1-红色", "A1-黑色"), after.product().skus().stream().map(Sku::skuCode).toList());

        CatalogException twice = assertThrows(CatalogException.class,
                () -> matrix.generate(Subject.SYSTEM, a1, "颜色=红色,黑色", new BigDecimal("10"), 1, "{spu}"));
        assertEquals("--code-pattern \"{spu}\" gives the code A1 twice — put {n} or every spec name ({颜色}) in it",
                twice.getMessage());
        CatalogException taken = assertThrows(CatalogException.class, () -> matrix.generate(Subject.SYSTEM, store.product(Subject.SYSTEM, "A1").get(0),
                "尺码=S", new BigDecimal("10"), 1, "B1-{n}"));
        assertEquals("The SKU code B1-1 is already used by another product of m1 — choose another --code-pattern",
                taken.getMessage());
        assertEquals("--spec: '尺码' is not NAME=VALUE,VALUE — write e.g. \"颜色=红色,黑色;尺码=S,M,L\"",
                assertThrows(CatalogException.class, () -> CartesianSkus.parse("尺码")).getMessage());
    }
}
