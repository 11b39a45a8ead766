package shelf.review.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.review.Merchants;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.rules.RuleEngine;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;

/**
 * The review bundle's components as Declarative Services wires them in Felix, on the real shared database
 * (shelf.core) and catalogue (shelf.catalog), with the rule engine, the command ACL and the audit trail
 * replaced by the test's own services. Each test uses products of its own; the database lives for the run.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ReviewInFrameworkTest {
    static final ChosenFindings rules = new ChosenFindings();
    static final ScriptedAccess access = new ScriptedAccess();
    static final RecordingAuditLog audit = new RecordingAuditLog();

    final Subject admin = new Subject("admin", Set.of(Role.ADMIN), null);
    final Subject lily = new Subject("lily", Set.of(Role.EDITOR), null);
    final Subject wang = new Subject("wang", Set.of(Role.REVIEWER), null);

    // registered for the whole class through this context; the extension unregisters them after the last test
    static BundleContext classContext;
    static ServiceRegistration<RuleEngine> rulesRegistration;

    @BeforeAll
    static void collaborators(@InjectBundleContext BundleContext context) {
        classContext = context;
        access.only(Role.EDITOR, "review:submit");
        access.only(Role.REVIEWER, "review:approve");
        rulesRegistration = context.registerService(RuleEngine.class, rules, null);
        context.registerService(CommandAccess.class, access, null);
        context.registerService(AuditLog.class, audit, null);
    }

    @InjectService(timeout = 10_000)
    ReviewService review;

    @InjectService(timeout = 10_000)
    CatalogStore catalog;

    @InjectService(timeout = 10_000)
    Merchants merchants;

    @Test
    void aProductWithAnErrorFindingIsBlockedAndTheCleanOneGoesOnToFinalReview() throws Exception {
        StoredBatch batch = catalog.store(Subject.SYSTEM, batch("shop", "BLK-1", "BLK-2"));
        rules.error("shop", "BLK-2", "title.banned-word", "标题含有禁用词「最」");

        List<ReviewOutcome> submitted = review.submitBatch(lily, batch.id());
        assertEquals(List.of("BLK-1 pre-review waits for a reviewer",
                "BLK-2 pre-review waits, blocked by title.banned-word: 标题含有禁用词「最」"), lines(submitted));

        List<ReviewOutcome> approved = review.approve(wang, List.of("BLK-1", "BLK-2"), "");
        assertEquals(List.of("BLK-1 final-review 初审通过",
                "BLK-2 pre-review cannot be approved: title.banned-word: 标题含有禁用词「最」"), lines(approved));
        assertEquals(ReviewState.PRE_REVIEW, review.state("shop", "BLK-2"));
        assertEquals("title.banned-word: 标题含有禁用词「最」", review.board(admin, 10).blocked().stream()
                .filter(i -> i.spuCode().equals("BLK-2")).findFirst().orElseThrow().blockedBy());
    }

    @Test
    void anEditorsApprovalIsRefusedByTheCommandAclAndMovesNothing() throws Exception {
        catalog.store(Subject.SYSTEM, batch("shop", "ACL-1"));
        review.submit(lily, List.of("ACL-1"));

        AccessRefusedException refused = assertThrows(AccessRefusedException.class,
                () -> review.approve(lily, List.of("ACL-1"), "looks fine"));
        assertEquals("review:approve needs the role reviewer — lily has editor", refused.getMessage());
        assertTrue(access.asked.contains("lily review:approve"), "the service asked the ACL: " + access.asked);
        assertEquals(ReviewState.PRE_REVIEW, review.state("shop", "ACL-1"), "nothing moved");
        assertEquals(List.of("lily review:pre-review product:shop/ACL-1"), audit.of("product:shop/ACL-1"),
                "only the submission is in the audit trail");
    }

    @Test
    void everyStepIsAuditedWithWhoTookIt() throws Exception {
        catalog.store(Subject.SYSTEM, batch("shop", "AUD-1"));

        review.submit(lily, List.of("AUD-1"));
        review.approve(wang, List.of("AUD-1"), "");
        review.approve(admin, List.of("AUD-1"), "终审通过");

        assertEquals(List.of("lily review:pre-review product:shop/AUD-1", "wang review:final-review product:shop/AUD-1",
                "admin review:approved product:shop/AUD-1"), audit.of("product:shop/AUD-1"));
    }

    /** PID shelf.review reaches H2Merchants through Configuration Admin: a lower threshold makes a VIP. */
    @Test
    void aLowerVipThresholdInConfigurationAdminLetsTheMerchantsCleanProductsThroughOnSubmit(
            @InjectService ConfigurationAdmin configurationAdmin) throws Exception {
        merchants.set("rising", "新星小店", new BigDecimal("1000000"), admin);
        catalog.store(Subject.SYSTEM, batch("rising", "VIP-1", "VIP-2"));
        assertEquals(ReviewState.PRE_REVIEW, review.submit(lily, List.of("VIP-1")).get(0).to(),
                "1,000,000 yuan is below the default threshold of 5,000,000");

        Configuration config = configurationAdmin.getConfiguration("shelf.review", "?");
        try {
            config.update(new Hashtable<>(Map.of("vipThreshold", "500000")));
            waitFor(() -> merchants.find("rising").orElseThrow().vip());

            ReviewOutcome vip = review.submit(lily, List.of("VIP-2")).get(0);
            assertEquals(ReviewState.APPROVED, vip.to());
            assertEquals("VIP merchant, no error findings: approved", vip.message());
        } finally {
            config.delete();
        }
    }

    /** The component needs a rule engine: without one there is no review service, and it comes back with one. */
    @Test
    void withoutARuleEngineThereIsNoReviewServiceUntilOneArrives(
            @InjectService(cardinality = 0) ServiceAware<ReviewService> reviews) throws Exception {
        assertTrue(reviews.waitForService(10_000) != null, "a review service with the test's rule engine");

        rulesRegistration.unregister();
        try {
            assertTrue(reviews.isEmpty(), "no review service without a rule engine");
        } finally {
            rulesRegistration = classContext.registerService(RuleEngine.class, rules, null);
        }
        assertTrue(reviews.waitForService(10_000) != null, "the review service is back with a rule engine");
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (!check.holds()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("still not so after 10 s");
            }
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private static List<String> lines(List<ReviewOutcome> outcomes) {
        return outcomes.stream().map(o -> o.spuCode() + " " + o.to().id() + " " + o.message()).toList();
    }

    private static NewBatch batch(String merchant, String... spus) {
        List<ImportedProduct> products = new ArrayList<>();
        for (String spu : spus) {
            Sku sku = new Sku(spu + "-1", "", Map.of("颜色", "黑色"), null, new BigDecimal("99.00"), null, null, 10, null);
            products.add(new ImportedProduct(new Product(merchant, spu, "纯棉T恤 " + spu, "", "服装/男装/T恤", "",
                    Map.of(), "", List.of(), List.of(), List.of(), "", "", "", null, List.of(sku)), Map.of()));
        }
        return new NewBatch(merchant, merchant + ".xlsx", "商品", spus.length, products, List.of(), "lily");
    }
}
