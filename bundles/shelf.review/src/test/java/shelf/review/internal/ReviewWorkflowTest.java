package shelf.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.review.Board;
import shelf.api.review.BoardQuery;
import shelf.api.review.BoardSummary;
import shelf.api.review.ReviewQueue;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewState;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.security.internal.audit.FileAuditLog;
import shelf.catalog.internal.H2CatalogStore;
import shelf.rules.engine.internal.ParallelRuleEngine;
import shelf.rules.engine.internal.RulePackReader;
import shelf.core.internal.database.CatalogDatabase;

/** Two merchants' batches through review: a VIP's clean batch passes alone, the other waits for a reviewer. */
class ReviewWorkflowTest {
    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();
    private final FileAuditLog audit = new FileAuditLog();
    private final H2Merchants merchants = new H2Merchants();
    private final H2ReviewService review = new H2ReviewService();
    private final Subject admin = new Subject("admin", Set.of(Role.ADMIN), null);
    private final Subject lily = new Subject("lily", Set.of(Role.EDITOR), new DataScope(Set.of("small"), List.of()));
    private final Subject wang = new Subject("wang", Set.of(Role.REVIEWER), new DataScope(Set.of("small"), List.of()));
    private StoredBatch vipBatch;
    private StoredBatch smallBatch;

    @BeforeEach
    void twoMerchants() throws Exception {
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
        audit.open(home.resolve("data/audit.log"));
        merchants.useDatabase(store);
        merchants.audit = audit;
        review.store = store;
        review.useDatabase(store);
        review.merchants = merchants;
        review.audit = audit;
        review.access = shelf.security.internal.SecurityFixture.acl(home.resolve("etc/shelf.command.acl.properties"));
        // the real rule engine with one rule: a banned word (禁) in the title is an error
        ParallelRuleEngine rules = new ParallelRuleEngine();
        rules.addPack(RulePackReader.read("t.rules.json", "{\"id\":\"base\",\"version\":\"1.0.0\",\"rules\":[{"
                + "\"id\":\"banned\",\"code\":\"title.banned-word\",\"field\":\"title\",\"check\":\"notContainsWords\","
                + "\"words\":[\"禁\"],\"severity\":\"error\",\"message\":\"标题含有禁用词「{detail}」\"}]}"));
        review.rules = rules;
        merchants.set("vip", "大牌旗舰店", new BigDecimal("8000000"), admin);
        merchants.set("small", "小店", new BigDecimal("120000"), admin);
        vipBatch = store.store(Subject.SYSTEM, batch("vip", "V1", "V2"));
        smallBatch = store.store(Subject.SYSTEM, batch("small", "S1", "S2禁"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theServiceItselfRefusesAnEditorsApprovalAndAReviewersSubmission() throws Exception {
        review.submitBatch(lily, smallBatch.id());
        assertEquals("review:approve needs the role reviewer (or admin) — lily has editor", assertThrows(
                AccessRefusedException.class, () -> review.approve(lily, List.of("S1"), "")).getMessage());
        assertEquals("review:approve needs the role reviewer (or admin) — lily has editor", assertThrows(
                AccessRefusedException.class, () -> review.approveBatch(lily, smallBatch.id(), "")).getMessage());
        assertEquals("review:submit needs the role editor (or admin) — wang has reviewer", assertThrows(
                AccessRefusedException.class, () -> review.submit(wang, List.of("S1"))).getMessage());
        assertEquals(ReviewState.PRE_REVIEW, review.state("small", "S1"), "nothing moved");
    }

    @Test
    void aVipBatchWithoutErrorsReachesApprovedWithNoHumanActionWhileAnotherMerchantsWaits() throws Exception {
        List<ReviewOutcome> vip = review.submitBatch(admin, vipBatch.id());
        List<ReviewOutcome> small = review.submitBatch(admin, smallBatch.id());

        assertEquals(List.of(ReviewState.APPROVED, ReviewState.APPROVED), vip.stream().map(ReviewOutcome::to).toList());
        assertEquals(ReviewState.APPROVED, review.state("vip", "V1"));
        assertEquals(ReviewState.PRE_REVIEW, review.state("small", "S1"));
        assertEquals(ReviewState.PRE_REVIEW, review.state("small", "S2禁"));
        assertEquals(List.of(ReviewState.DRAFT, ReviewState.PRE_REVIEW, ReviewState.FINAL_REVIEW),
                review.show(admin, "V1").events().stream().map(e -> e.from()).toList());
        assertEquals(H2ReviewService.VIP, review.show(admin, "V1").events().get(2).by());
        assertTrue(Files.readString(home.resolve("data/audit.log")).contains("\"command\":\"review:approved\""));
    }

    @Test
    void aReviewerApprovesWithinTheirScopeAndAProductWithErrorsStays() throws Exception {
        review.submitBatch(lily, smallBatch.id());

        List<ReviewOutcome> first = review.approve(wang, List.of("S1", "S2禁"), "基本信息完整");
        assertEquals(ReviewState.FINAL_REVIEW, first.get(0).to());
        assertEquals(ReviewState.PRE_REVIEW, first.get(1).to());
        assertEquals("cannot be approved: title.banned-word: 标题含有禁用词「禁」", first.get(1).message());
        review.approve(wang, List.of("S1"), "");
        assertEquals(ReviewState.APPROVED, review.state("small", "S1"));

        ReviewException outside = assertThrows(ReviewException.class, () -> review.approve(wang, List.of("V1"), ""));
        assertEquals("There is no product V1 in your scope — product:list shows them", outside.getMessage());
    }

    @Test
    void theBoardCountsEachStateAndShowsTheBlockedProductWithItsFinding() throws Exception {
        review.submitBatch(admin, vipBatch.id());
        review.submitBatch(admin, smallBatch.id());

        Board board = review.board(admin, 5);
        assertEquals(Map.of(ReviewState.DRAFT, 0, ReviewState.PRE_REVIEW, 2, ReviewState.FINAL_REVIEW, 0,
                ReviewState.APPROVED, 2, ReviewState.REJECTED, 0), board.counts());
        assertEquals(1, board.blocked().size());
        assertEquals("S2禁", board.blocked().get(0).spuCode());
        assertTrue(board.blocked().get(0).blockedBy().startsWith("title.banned-word"));
        assertEquals(Map.of(ReviewState.DRAFT, 0, ReviewState.PRE_REVIEW, 2, ReviewState.FINAL_REVIEW, 0,
                ReviewState.APPROVED, 0, ReviewState.REJECTED, 0), review.board(lily, 5).counts(), "lily sees small only");
    }

    @Test
    void aRejectedProductGoesBackWithItsReasonAndIsSubmittedAgain() throws Exception {
        review.submit(lily, List.of("S1"));
        assertThrows(ReviewException.class, () -> review.reject(wang, List.of("S1"), " "));
        review.reject(wang, List.of("S1"), "主图模糊");
        assertEquals(ReviewState.REJECTED, review.state("small", "S1"));
        assertEquals("主图模糊", review.queue(admin, null).stream().filter(i -> i.spuCode().equals("S1")).findFirst()
                .map(i -> i.note()).orElse("主图模糊"));
        assertEquals(ReviewState.PRE_REVIEW, review.submit(lily, List.of("S1")).get(0).to());
    }

    @Test
    void theBoardSummaryCountsInTheStoreAndKeepsAFewCardsPerColumn() throws Exception {
        store.store(Subject.SYSTEM, batch("small", "D1", "D2", "D3"));   // drafts: never submitted
        review.submitBatch(admin, vipBatch.id());
        review.submitBatch(admin, smallBatch.id());

        BoardSummary all = review.board(admin, new BoardQuery("", "", null, 1));
        assertEquals(Map.of(ReviewState.DRAFT, 3, ReviewState.PRE_REVIEW, 2, ReviewState.FINAL_REVIEW, 0,
                ReviewState.APPROVED, 2, ReviewState.REJECTED, 0), all.counts());
        assertEquals(List.of("S1"), all.oldest().get(ReviewState.PRE_REVIEW).stream().map(i -> i.spuCode()).toList(),
                "one card, the oldest");
        assertEquals("纯棉T恤 S1", all.oldest().get(ReviewState.PRE_REVIEW).get(0).title());
        assertEquals(List.of("D1"), all.oldest().get(ReviewState.DRAFT).stream().map(i -> i.spuCode()).toList());
        assertEquals(1, all.blockedCount());
        assertEquals("S2禁", all.blocked().get(0).spuCode());
        assertEquals(Map.of(ReviewState.DRAFT, 3, ReviewState.PRE_REVIEW, 2, ReviewState.FINAL_REVIEW, 0,
                ReviewState.APPROVED, 0, ReviewState.REJECTED, 0),
                review.board(lily, new BoardQuery("", "", null, 8)).counts(), "lily sees small only");
        assertEquals(0, review.board(admin, new BoardQuery("vip", "服装/女装", null, 8)).counts().get(ReviewState.APPROVED));
        assertEquals(2, review.board(admin, new BoardQuery("vip", "服装/男", null, 8)).counts().get(ReviewState.APPROVED));
        Subject womenOnly = new Subject("li", Set.of(Role.REVIEWER), new DataScope(Set.of(), List.of("服装/女装")));
        assertEquals(0, review.board(womenOnly, new BoardQuery("", "", null, 8)).counts().values().stream()
                .mapToInt(Integer::intValue).sum(), "a category scope is kept in the queries too");
        assertEquals(review.board(admin, 5).counts(), review.board(admin, new BoardQuery("", "", null, 5)).counts(),
                "the same counts as the whole board");
    }

    @Test
    void theBlockedCardsAreTheOldestBlockedNotApprovedAndLeaveWhenRejected() throws Exception {
        String[] others = new String[20];
        for (int i = 0; i < others.length; i++) {
            others[i] = "VB" + i + "禁";
        }
        review.submitBatch(admin, store.store(Subject.SYSTEM, batch("vip", others)).id()); // 20 blocked outside wang's scope, older
        review.submitBatch(admin, smallBatch.id());                                   // S2禁: wang's oldest blocked
        StoredBatch more = store.store(Subject.SYSTEM, batch("small", "B1禁", "B2禁", "B3"));
        review.submitBatch(admin, more.id());
        review.reject(wang, List.of("B1禁"), "标题含禁用词");

        BoardSummary board = review.board(wang, new BoardQuery("", "", null, 2));
        assertEquals(2, board.blockedCount(), "B1禁 was rejected: no longer blocked; the vip's are not wang's");
        assertEquals(List.of("S2禁", "B2禁"), board.blocked().stream().map(i -> i.spuCode()).toList(),
                "oldest first, found past the other merchant's older ones");
        assertEquals(22, review.board(admin, new BoardQuery("", "", null, 30)).blocked().size(), "the admin sees all");
        assertEquals(List.of("S2禁"), review.board(wang, new BoardQuery("", "", null, 1)).blocked().stream()
                .map(i -> i.spuCode()).toList());
    }

    @Test
    void aColumnsOldestCardsAndTheBlockedAreReadFromTheFrontOfAnIndex() throws Exception {
        try (java.sql.Connection c = store.connect()) {
            String column = ReviewListing.where().scope(wang.scope()).states(List.of(ReviewState.PRE_REVIEW)).itemsPlan(c, 8);
            assertTrue(column.contains("index sorted"), column);
            String blocked = ReviewListing.where().blocked().itemsPlan(c, 256);
            assertTrue(blocked.contains("index sorted"), blocked);
        }
    }

    @Test
    void theQueueComesInPagesAndNextFollowsItsOrder() throws Exception {
        StoredBatch many = store.store(Subject.SYSTEM, batch("small", "Q1", "Q2", "Q3", "Q4", "Q5"));
        review.submitBatch(admin, many.id());

        ReviewQueue page = review.queue(wang, null, 1, 2);
        assertEquals(5, page.total());
        assertEquals(List.of("Q2", "Q3"), page.items().stream().map(i -> i.spuCode()).toList());
        assertEquals(review.queue(wang, null).subList(1, 3), page.items());
        assertEquals("Q3", review.next(wang, "small/Q2").orElseThrow().spuCode());
        assertTrue(review.next(wang, "small/Q5").isEmpty(), "the end of the queue");
        review.approve(wang, List.of("Q1"), "");
        assertEquals("Q1", review.next(wang, "small/Q5").orElseThrow().spuCode(), "in 终审 now, at the queue's end");
        review.approve(wang, List.of("Q1"), "");
        assertEquals("Q2", review.next(wang, "small/Q1").orElseThrow().spuCode(), "approved: the first of the queue");
        assertEquals(0, review.queue(wang, ReviewState.PRE_REVIEW, 0, 10).items().stream()
                .filter(i -> i.spuCode().equals("V1")).count(), "another merchant's products are not in wang's queue");
    }

    @Test
    void twoReviewersApprovingTheSameProductAtOnceMoveItOneStage() throws Exception {
        review.submitBatch(admin, smallBatch.id());
        Subject zhao = new Subject("zhao", Set.of(Role.REVIEWER), new DataScope(Set.of("small"), List.of()));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
        List<java.util.concurrent.Future<List<ReviewOutcome>>> results = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            Subject who = i % 2 == 0 ? wang : zhao;
            results.add(pool.submit(() -> {
                together.await();
                return review.approve(who, List.of("S1"), "");
            }));
        }
        int moved = 0;
        for (java.util.concurrent.Future<List<ReviewOutcome>> r : results) {
            ReviewOutcome o = r.get().get(0);
            moved += o.from() != o.to() ? 1 : 0;
        }
        pool.shutdown();
        // an approval that read 初审 after the first one committed makes the 终审 step, rightly; none repeats a step
        List<ReviewState> steps = review.show(admin, "S1").events().stream().map(e -> e.from()).toList();
        assertEquals(steps.size(), Set.copyOf(steps).size(), "each step once: " + steps);
        assertEquals(steps.size() - 1, moved, "an outcome that says moved for each step, nothing done for the others");
        assertTrue(moved >= 1);
    }

    private static NewBatch batch(String merchant, String... spus) {
        List<ImportedProduct> products = new ArrayList<>();
        for (String spu : spus) {
            Sku sku = new Sku(spu + "-1", "", Map.of("颜色", "黑色"), null, new BigDecimal("99.00"), null, null, 10, null);
            products.add(new ImportedProduct(new Product(merchant, spu, "纯棉T恤 " + spu, "", "服装/男装/T恤", "", Map.of(),
                    "", List.of(), List.of(), List.of(), "", "", "", null, List.of(sku)), Map.of()));
        }
        return new NewBatch(merchant, merchant + ".xlsx", "商品", spus.length, products, List.of(), "lily");
    }
}
