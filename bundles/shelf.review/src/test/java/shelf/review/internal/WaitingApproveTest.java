package shelf.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewState;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.catalog.internal.H2CatalogStore;
import shelf.catalog.testing.CountingStore;
import shelf.core.internal.database.CatalogDatabase;
import shelf.core.internal.database.TestPostgres;
import shelf.rules.engine.internal.ParallelRuleEngine;
import shelf.rules.engine.internal.RulePackReader;
import shelf.security.internal.audit.FileAuditLog;

/**
 * review:approve --batch of a batch of 12,000 products of which a few wait: those are approved (one blocked by its
 * finding stays), and no other product of the batch is read from the catalogue or moved. A reviewer limited to one
 * category approves only the waiting products of that category.
 */
class WaitingApproveTest {
    static final int PRODUCTS = 12_000;
    /**
     * Submitted, so waiting in 初审: B00007 and B11007 have a banned word in their titles, B05001 the SKU code of
     * B04001, a draft of the same batch.
     */
    static final List<String> WAITING = List.of("B00001", "B00007", "B05000", "B05001", "B11007", "B11998", "B11999");
    /** Submitted and approved twice: approved, not waiting. */
    static final List<String> APPROVED = List.of("B03000", "B03001");
    /** The SKU code shared with a product that does not wait is found all the same (in the catalogue, to the rule). */
    static final String DUPLICATE = "B05001 pre-review → pre-review cannot be approved: sku.duplicate: SKU编码重复：商品库中商品B04001已使用";
    /** Women's T-shirts; the others are men's. */
    static final String WOMEN = "服饰鞋包/女装/T恤";

    @TempDir
    Path home;

    private H2CatalogStore h2;
    private TestPostgres postgres;
    private CountingStore store;
    private final FileAuditLog audit = new FileAuditLog();
    private final H2Merchants merchants = new H2Merchants();
    private final H2ReviewService review = new H2ReviewService();
    private final Subject admin = new Subject("admin", Set.of(Role.ADMIN), null);
    private StoredBatch batch;

    @BeforeEach
    void aLargeBatch() throws Exception {
        open(CatalogDatabase.open(home.resolve("data/catalog")));
    }

    @AfterEach
    void close() throws Exception {
        h2.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    private void open(shelf.api.store.Database db) throws Exception {
        h2 = new H2CatalogStore();
        h2.open(db);
        store = new CountingStore(h2);
        audit.open(home.resolve("data/audit.log"));
        merchants.useDatabase(h2);
        merchants.audit = audit;
        review.store = store;
        review.useDatabase(h2);
        review.merchants = merchants;
        review.audit = audit;
        review.access = shelf.security.internal.SecurityFixture.acl(home.resolve("etc/shelf.command.acl.properties"));
        ParallelRuleEngine rules = new ParallelRuleEngine();
        rules.addPack(RulePackReader.read("t.rules.json", "{\"id\":\"base\",\"version\":\"1.0.0\",\"rules\":[{"
                + "\"id\":\"banned\",\"code\":\"title.banned-word\",\"field\":\"title\",\"check\":\"notContainsWords\","
                + "\"words\":[\"禁\"],\"severity\":\"error\",\"message\":\"标题含有禁用词「{detail}」\"},{"
                + "\"id\":\"sku\",\"code\":\"sku.duplicate\",\"field\":\"skus.skuCode\",\"check\":\"unique\","
                + "\"severity\":\"error\",\"message\":\"SKU编码重复：{detail}\"}]}"));
        // the engine's catalogue, as Declarative Services sets it, for the SKU codes held outside the products checked
        java.lang.reflect.Field catalogue = ParallelRuleEngine.class.getDeclaredField("store");
        catalogue.setAccessible(true);
        catalogue.set(rules, store);
        review.rules = rules;
        merchants.set("big", "小店", new BigDecimal("120000"), admin); // not VIP: a submitted product waits
        List<ImportedProduct> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String spu = String.format("B%05d", i);
            products.add(new ImportedProduct(new Product("big", spu, i % 1000 == 7 ? "禁品 " + i : "短袖T恤 " + i, "",
                    i % 2 == 0 ? "服饰鞋包/男装/T恤" : WOMEN, "南极人", Map.of(), "", List.of(), List.of(), List.of(), "",
                    "", "", 48, List.of(new Sku(i == 5001 ? "B04001-1" : spu + "-1", "", Map.of(), null,
                            new BigDecimal("59.00"), null, null, 30, null))), Map.of()));
        }
        batch = h2.store(Subject.SYSTEM, new NewBatch("big", "商品表.csv", "商品", PRODUCTS, products, List.of(), "ops"));
        review.submit(admin, WAITING);
        review.submit(admin, APPROVED);
        review.approve(admin, APPROVED, "");
        review.approve(admin, APPROVED, "");
        store.read.clear();
    }

    @Test
    void onlyTheWaitingProductsAreReadCheckedAndMovedTheRestOfTheBatchUntouched() throws Exception {
        approveAll();
    }

    @Test
    void onPostgreSqlTooOnlyTheWaitingProductsAreRead() throws Exception {
        assumeTrue(TestPostgres.available(), "SHELF_TEST_PG_URL is not set: no PostgreSQL server to test on");
        h2.close();
        postgres = TestPostgres.create("shelf_review_waiting");
        open(postgres.open(home.resolve("pg")));
        approveAll();
    }

    private void approveAll() throws Exception {
        List<String> lines = lines(review.approveBatch(admin, batch.id(), "批量"));

        assertEquals(List.of("B00001 pre-review → final-review 初审通过",
                "B00007 pre-review → pre-review cannot be approved: title.banned-word: 标题含有禁用词「禁」",
                "B05000 pre-review → final-review 初审通过", DUPLICATE,
                "B11007 pre-review → pre-review cannot be approved: title.banned-word: 标题含有禁用词「禁」",
                "B11998 pre-review → final-review 初审通过", "B11999 pre-review → final-review 初审通过"), lines);
        Set<String> read = new TreeSet<>(WAITING);
        read.add("B04001"); // looked up by its SKU code, the one B05001 holds too
        assertEquals(read, store.read, "only the waiting products are read from the catalogue");
        assertEquals(ReviewState.APPROVED, review.state("big", "B03000"), "an approved product stays approved");
        assertEquals(ReviewState.DRAFT, review.state("big", "B00002"), "a draft stays a draft");

        store.read.clear();
        assertEquals(List.of("B00001 final-review → approved 终审通过",
                "B00007 pre-review → pre-review cannot be approved: title.banned-word: 标题含有禁用词「禁」"),
                lines(review.approveBatch(admin, batch.id(), "")).subList(0, 2), "one stage each time");
        assertEquals(List.of(), lines(review.approveBatch(new Subject("admin", Set.of(Role.ADMIN), null), batch.id(), ""))
                .stream().filter(l -> !l.contains("cannot be approved")).toList(), "nothing left but the blocked three");
    }

    @Test
    void aReviewerOfWomensWearApprovesOnlyTheWaitingWomensProductsOfTheBatch() throws Exception {
        Subject li = new Subject("li", Set.of(Role.REVIEWER), new DataScope(Set.of(), List.of("服饰鞋包/女装")));

        List<String> lines = lines(review.approveBatch(li, batch.id(), "")).stream()
                .map(l -> l.replaceFirst("sku.duplicate: .*", "sku.duplicate: …")).toList();

        // the odd SPU codes are women's wear: B00001, B11999 (B00007, B05001 and B11007 are too, and blocked)
        assertEquals(List.of("B00001 pre-review → final-review 初审通过",
                "B00007 pre-review → pre-review cannot be approved: title.banned-word: 标题含有禁用词「禁」",
                "B05001 pre-review → pre-review cannot be approved: sku.duplicate: …",
                "B11007 pre-review → pre-review cannot be approved: title.banned-word: 标题含有禁用词「禁」",
                "B11999 pre-review → final-review 初审通过"), lines);
        assertEquals(ReviewState.PRE_REVIEW, review.state("big", "B05000"), "men's wear: outside li's scope, not moved");
        assertEquals(ReviewState.PRE_REVIEW, review.state("big", "B11998"));
        assertEquals(Set.of("B00001", "B00007", "B04001", "B05001", "B11007", "B11999"), store.read,
                "the waiting men's wear is not even read");
    }

    @Test
    void aReviewerOfAnotherMerchantIsRefusedTheBatchAndAnEditorTheCommand() throws Exception {
        Subject other = new Subject("zhao", Set.of(Role.REVIEWER), new DataScope(Set.of("other"), List.of()));
        assertThrows(AccessRefusedException.class, () -> review.approveBatch(other, batch.id(), ""));
        Subject lily = new Subject("lily", Set.of(Role.EDITOR), null);
        assertEquals("review:approve needs the role reviewer (or admin) — lily has editor", assertThrows(
                AccessRefusedException.class, () -> review.approveBatch(lily, batch.id(), "")).getMessage());
        assertEquals("There is no batch 99 — batch:list shows them", assertThrows(ReviewException.class,
                () -> review.approveBatch(admin, 99, "")).getMessage());
        assertEquals(ReviewState.PRE_REVIEW, review.state("big", "B00001"), "nothing moved");
        assertEquals(Set.of(), store.read);
    }

    private static List<String> lines(List<ReviewOutcome> outcomes) {
        return outcomes.stream().map(o -> o.spuCode() + " " + o.from().id() + " → " + o.to().id() + " " + o.message())
                .toList();
    }
}
