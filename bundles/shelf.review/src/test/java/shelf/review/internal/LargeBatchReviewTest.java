package shelf.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.catalog.testing.CountingStore;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewState;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.catalog.internal.H2CatalogStore;
import shelf.core.internal.database.CatalogDatabase;
import shelf.core.internal.database.TestPostgres;
import shelf.rules.engine.internal.ParallelRuleEngine;
import shelf.rules.engine.internal.RulePackReader;
import shelf.security.internal.audit.FileAuditLog;

/**
 * A batch of 12,000 products, more than two parts of BatchReview.PART: submitted and approved a part at a time,
 * every product moved once, never more products read at once than a part, and a submit cut short goes on when run
 * again.
 */
class LargeBatchReviewTest {
    static final int PRODUCTS = 12_000;

    @TempDir
    Path home;

    private H2CatalogStore h2 = new H2CatalogStore();
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

    /** The catalogue on the database, the review service on it, and the batch imported. */
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
                + "\"words\":[\"禁\"],\"severity\":\"error\",\"message\":\"标题含有禁用词「{detail}」\"}]}"));
        review.rules = rules;
        List<ImportedProduct> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            // one product in a thousand has a banned word in its title: blocked
            products.add(new ImportedProduct(product(String.format("B%05d", i), i % 1000 == 7 ? "禁品 " + i : "短袖T恤 " + i),
                    Map.of()));
        }
        batch = h2.store(Subject.SYSTEM, new NewBatch("big", "商品表.csv", "商品", PRODUCTS, products, List.of(), "ops"));
    }

    @AfterEach
    void close() throws Exception {
        h2.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aVipsLargeBatchIsSubmittedPartByPartEveryProductOnceNoMoreThanAPartReadAtOnce() throws Exception {
        merchants.set("big", "大店", new BigDecimal("8000000"), admin);
        Map<ReviewState, Integer> to = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        List<ReviewOutcome> blocked = new ArrayList<>();
        review.submitBatch(admin, batch.id(), o -> {
            assertTrue(seen.add(o.spuCode()), o.spuCode() + " told twice");
            to.merge(o.to(), 1, Integer::sum);
            if (o.to() == ReviewState.PRE_REVIEW) {
                blocked.add(o);
            }
        });

        assertEquals(Map.of(ReviewState.APPROVED, PRODUCTS - 12, ReviewState.PRE_REVIEW, 12), to);
        assertEquals(ReviewState.APPROVED, review.state("big", "B00000"));
        assertEquals(ReviewState.PRE_REVIEW, review.state("big", "B00007"));
        assertEquals("waits, blocked by title.banned-word: 标题含有禁用词「禁」", outcome(blocked, "B00007", ReviewState.PRE_REVIEW));
        assertEquals(List.of(), review.submitBatch(admin, batch.id()), "submitted again: nothing more to submit");
        assertEquals(3 * (PRODUCTS - 12) + 12, count("SELECT COUNT(*) FROM review_event"), "three steps a VIP product, one a blocked one");
        assertEquals(PRODUCTS, count("SELECT COUNT(DISTINCT spu_code) FROM review_event WHERE from_state = 'draft'"));
        assertTrue(store.mostAtOnce <= BatchReview.PART, store.mostAtOnce + " products read at once");
        // the audit trail: a line per part and step, naming the part's products
        String trail = java.nio.file.Files.readString(home.resolve("data/audit.log"));
        assertTrue(trail.contains("product:big/B11999"), "the last product is in the trail");
        // a part is what the rule engine hands on at once, up to BatchReview.PART: lines by the dozen, not by the thousand
        assertTrue(trail.lines().count() < PRODUCTS / 100, trail.lines().count() + " lines for " + PRODUCTS + " products");
    }

    /** The outcome told for the product, when it is in the list; "" when not. */
    private static String outcome(List<ReviewOutcome> outcomes, String spu, ReviewState state) {
        return outcomes.stream().filter(o -> o.spuCode().equals(spu) && o.to() == state).map(ReviewOutcome::message)
                .findFirst().orElse("");
    }

    @Test
    void aSubmitCutShortLeavesWholePartsAndARerunSubmitsTheRestOnceAndAnAdminApprovesThemInBulk() throws Exception {
        cutShortThenRunAgain();
    }

    @Test
    void onPostgreSqlTooASubmitCutShortGoesOnWhenRunAgain() throws Exception {
        assumeTrue(TestPostgres.available(), "SHELF_TEST_PG_URL is not set: no PostgreSQL server to test on");
        h2.close();
        postgres = TestPostgres.create("shelf_review_large");
        open(postgres.open(home.resolve("pg")));
        cutShortThenRunAgain();
    }

    private void cutShortThenRunAgain() throws Exception {
        merchants.set("big", "小店", new BigDecimal("120000"), admin);
        int[] told = {0};
        assertThrows(IllegalStateException.class, () -> review.submitBatch(admin, batch.id(), o -> {
            if (++told[0] == BatchReview.PART + 1) {
                throw new IllegalStateException("the connection to the shell went away");
            }
        }));
        int firstRun = count("SELECT COUNT(*) FROM review");
        assertTrue(firstRun >= BatchReview.PART && firstRun < PRODUCTS, firstRun + " moved");

        List<ReviewOutcome> rest = review.submitBatch(admin, batch.id());
        assertEquals(PRODUCTS - firstRun, rest.size());
        assertEquals(PRODUCTS, count("SELECT COUNT(*) FROM review WHERE state = 'pre-review'"));
        assertEquals(PRODUCTS, count("SELECT COUNT(*) FROM review_event"), "each product submitted once");

        List<ReviewOutcome> first = new ArrayList<>();
        review.approveBatch(admin, batch.id(), "批量", first::add);
        assertEquals(PRODUCTS - 12, first.stream().filter(o -> o.to() == ReviewState.FINAL_REVIEW).count());
        assertEquals("cannot be approved: title.banned-word: 标题含有禁用词「禁」", outcome(first, "B00007",
                ReviewState.PRE_REVIEW));
        review.approveBatch(admin, batch.id(), "批量", o -> { });
        assertEquals(PRODUCTS - 12, count("SELECT COUNT(*) FROM review WHERE state = 'approved'"));
        assertEquals(12, count("SELECT COUNT(*) FROM review WHERE state = 'pre-review' AND blocked_by <> ''"));
        assertTrue(store.mostAtOnce <= BatchReview.PART, store.mostAtOnce + " products read at once");
    }

    private int count(String sql) throws Exception {
        try (Connection c = h2.connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Product product(String spu, String title) {
        return new Product("big", spu, title, "", "服饰鞋包/女装/T恤", "南极人", Map.of(), "", List.of(), List.of(), List.of(),
                "", "", "", 48, List.of(new Sku(spu + "-1", "", Map.of(), null, new BigDecimal("59.00"), null, null, 30, null)));
    }
}
