package shelf.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.ValidationRun;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.security.internal.audit.FileAuditLog;
import shelf.catalog.internal.H2CatalogStore;
import shelf.security.internal.SecurityFixture;
import shelf.core.internal.database.CatalogDatabase;
import shelf.rules.engine.internal.RuleEngineFixture;
import shelf.rules.engine.spi.CompiledPack;
import shelf.api.rules.RuleEngine;
import shelf.api.rules.RulePackLibrary;
import shelf.rules.packs.internal.PackLibraryFixture;

/**
 * The catalogue's services decide role and data scope themselves, on a real H2 catalogue with the default
 * command ACL: acme's batch 1 holds a T-shirt (服饰鞋包) and a phone (数码); bolt's batch 2 a shirt.
 */
class CatalogScopeTest {
    /** Every product without a subtitle gets a warning: one finding per product. */
    private static final String PACK = "{\"id\":\"t\",\"version\":\"1.0.0\","
            + "\"rules\":[{\"id\":\"r\",\"code\":\"subtitle.missing\",\"field\":\"subtitle\",\"check\":\"required\","
            + "\"severity\":\"warning\",\"message\":\"缺少副标题\"}]}";
    /** A pack for validation for weidian only: it makes weidian a channel validate knows. */
    private static final String WEIDIAN = PACK.replace("\"t\"", "\"w\"").replace("\"rules\"",
            "\"appliesTo\":{\"channels\":[\"weidian\"]},\"rules\"");
    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of()));
    private static final Subject MEI = new Subject("mei", Set.of(Role.EDITOR),
            new DataScope(Set.of("acme"), List.of("服饰鞋包")));
    private static final Subject WANG = new Subject("wang", Set.of(Role.REVIEWER), new DataScope(Set.of("acme"), List.of()));

    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();
    private final StoredBatchValidation validation = new StoredBatchValidation();
    private final FileAuditLog audit = new FileAuditLog();

    @BeforeEach
    void twoMerchants() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
        var acl = SecurityFixture.acl(home.resolve("etc/shelf.command.acl.properties"));
        store.checkWith(acl);
        audit.open(home.resolve("data/audit.log"));
        CompiledPack pack = RuleEngineFixture.read("t.rules.json", PACK);
        RulePackLibrary packs = PackLibraryFixture.deployed("t.rules.json", PACK, "w.rules.json", WEIDIAN);
        RuleEngine engine = RuleEngineFixture.engine(pack);
        KnownChannels channels = new KnownChannels();
        channels.packs = packs;
        validation.store = store;
        validation.findings = store;
        validation.engine = engine;
        validation.access = acl;
        validation.channels = channels;
        validation.audit = audit;
        store.store(Subject.SYSTEM, batch("acme", product("acme", "A1", "服饰鞋包/女装/T恤"), product("acme", "A2", "数码/手机")));
        store.store(Subject.SYSTEM, batch("bolt", product("bolt", "B1", "服饰鞋包/男装/衬衫")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEditorSeesTheirMerchantsBatchesAndIsRefusedAnothersEverywhere() throws Exception {
        assertEquals(List.of(1L), store.batches(LILY).stream().map(StoredBatch::id).toList());
        String outside = "batch 2 is outside lily's data scope (acme)";
        assertEquals(outside, assertThrows(AccessRefusedException.class, () -> store.batch(LILY, 2)).getMessage());
        assertEquals(outside, assertThrows(AccessRefusedException.class, () -> store.errors(LILY, 2)).getMessage());
        assertEquals(outside, assertThrows(AccessRefusedException.class,
                () -> store.products(LILY, new ProductQuery(2L, "", "", 0))).getMessage());
        assertEquals(outside, assertThrows(AccessRefusedException.class,
                () -> validation.validate(LILY, 2, "", done -> { })).getMessage());
        validation.validate(Subject.SYSTEM, 2, "", done -> { });
        assertEquals(outside, assertThrows(AccessRefusedException.class,
                () -> store.findings(LILY, 2, FindingFilter.all(""))).getMessage());
        assertEquals(outside, assertThrows(AccessRefusedException.class,
                () -> store.lastChannel(LILY, 2)).getMessage());
        assertEquals(List.of(), store.product(LILY, "B1"));
        assertEquals(List.of("A1", "A2"), spus(store.products(LILY, ProductQuery.all())));
    }

    @Test
    void aCategoryScopeCountsListsAndValidatesItsOwnProductsOnly() throws Exception {
        StoredBatch seen = store.batch(MEI, 1).orElseThrow();
        assertEquals(List.of(1, 1, 1), List.of(seen.products(), seen.skus(), seen.created()));
        assertEquals(List.of(1L), store.batches(MEI).stream().map(StoredBatch::id).toList());
        assertEquals(List.of("A1"), spus(store.products(MEI, new ProductQuery(1L, "", "", 0))));
        assertEquals(1, store.count(MEI, ProductQuery.all()));

        ValidationRun run = validation.validate(MEI, 1, "", done -> { });
        assertEquals("0 errors, 1 warning, 0 info in 1 product (pack t@1.0.0)", run.summary());
        assertEquals(List.of("A1"), store.findings(MEI, 1, FindingFilter.all("")).stream().map(Finding::spuCode).toList());
        assertEquals(List.of("A1", "A2"), store.findings(LILY, 1, FindingFilter.all("")).stream()
                .map(Finding::spuCode).toList(), "the whole batch was validated and kept");
        AuditEntry line = audit.tail("mei", null, 1).get(0);
        assertEquals(List.of("validate", "batch:1", run.summary()), List.of(line.command(), line.objects().get(0),
                line.detail()));
    }

    @Test
    void theCommandAclDecidesWhoMayDoWhatInTheService() {
        assertEquals("catalog:validate needs the role editor or reviewer (or admin) — ops1 has ops",
                assertThrows(AccessRefusedException.class, () -> validation.validate(new Subject("ops1",
                        Set.of(Role.OPS), DataScope.ALL), 1, "", done -> { })).getMessage());
        assertEquals("catalog:findings needs the role editor or reviewer (or admin) — ops1 has ops",
                assertThrows(AccessRefusedException.class, () -> store.findings(new Subject("ops1", Set.of(Role.OPS),
                        DataScope.ALL), 1, FindingFilter.all(""))).getMessage());
        assertEquals("catalog:import needs the role editor (or admin) — wang has reviewer",
                assertThrows(AccessRefusedException.class, () -> store.store(WANG,
                        batch("acme", product("acme", "A9", "服饰鞋包")))).getMessage());
        assertEquals("merchant bolt is outside lily's data scope (acme)", assertThrows(AccessRefusedException.class,
                () -> store.store(LILY, batch("bolt", product("bolt", "B9", "服饰鞋包")))).getMessage());
    }

    @Test
    void aChannelMustBeOneAnAdapterOrARulePackNames() throws Exception {
        assertEquals("no channel '../../x' — the channels are weidian", assertThrows(IllegalArgumentException.class,
                () -> validation.validate(LILY, 1, "../../x", done -> { })).getMessage());
        assertEquals(List.of(), store.findings(LILY, 1, FindingFilter.all("../../x")), "nothing stored for it");
        assertEquals("weidian", validation.validate(LILY, 1, "weidian", done -> { }).channel());
    }

    private static List<String> spus(List<StoredProduct> products) {
        return products.stream().map(p -> p.product().spuCode()).toList();
    }

    private static ImportedProduct product(String merchant, String spu, String category) {
        Sku sku = new Sku(spu + "-1", "", Map.of(), null, new BigDecimal("59.00"), null, null, 10, null);
        return new ImportedProduct(new Product(merchant, spu, "纯棉T恤 " + spu, "", category, "南极人", Map.of(), "", List.of(),
                List.of(), List.of(), "", "", "", 48, List.of(sku)), Map.of());
    }

    private static NewBatch batch(String merchant, ImportedProduct... products) {
        return new NewBatch(merchant, merchant + ".xlsx", "商品", products.length, List.of(products), List.of(), "ops");
    }
}
