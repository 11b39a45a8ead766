package shelf.review.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.review.Board;
import shelf.api.review.BoardQuery;
import shelf.api.review.BoardSummary;
import shelf.api.review.ReviewQueue;
import shelf.api.review.Merchant;
import shelf.api.review.Merchants;
import shelf.api.review.ReviewDetail;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.finding.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.api.store.Database;
import shelf.review.internal.ReviewRows.Row;

/**
 * The review workflow on the catalogue's database. Each move is one transaction (row and event) followed
 * by its audit line. Findings are computed when a product is submitted or approved, never trusted from
 * before: a rule pack deployed in between counts.
 */
@Component(service = ReviewService.class)
public class H2ReviewService implements ReviewService {
    static final String VIP = "auto (VIP)";
    private static final List<ReviewState> WAITING = List.of(ReviewState.PRE_REVIEW, ReviewState.FINAL_REVIEW);
    private final RecentCounts recent = new RecentCounts();

    @Reference
    CatalogStore store;

    @Reference
    Database database;

    /** Keeps merchants and review states in {@code db}, bringing their tables up to date; for tests and tools too. */
    public void useDatabase(Database db) throws CatalogException {
        ReviewRows.migrate(db);
        database = db;
    }

    @Reference
    RuleEngine rules;

    @Reference
    Merchants merchants;

    @Reference
    AuditLog audit;

    // who may submit, approve or reject is the command ACL's, asked here so every front end meets it
    @Reference
    CommandAccess access;

    @org.osgi.service.component.annotations.Activate
    void activate() throws CatalogException {
        useDatabase(database);
    }

    @Override
    public List<ReviewOutcome> submit(Subject by, List<String> products) throws ReviewException {
        access.check(by, "review:submit");
        return submitAll(by, ProductRefs.resolveAll(store, by, products));
    }

    @Override
    public List<ReviewOutcome> submitBatch(Subject by, long batchId) throws ReviewException {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        submitBatch(by, batchId, outcomes::add);
        return outcomes;
    }

    /** A batch of at most one part as a list, as ever; a larger one a part at a time (BatchReview). */
    @Override
    public void submitBatch(Subject by, long batchId, Consumer<ReviewOutcome> outcomes) throws ReviewException {
        access.check(by, "review:submit");
        ProductRefs.Parts batch = ProductRefs.partsOf(store, by, batchId);
        if (batch.products().size() > BatchReview.PART) {
            batchReview().review(new RecentParts(batch.products()), batch.scope(), submitting(by), outcomes);
            return;
        }
        List<StoredProduct> products = ProductRefs.ofBatch(store, by, batchId);
        Map<String, Row> rows = work("read the review states of", ReviewRows::all);
        submitAll(by, products.stream().filter(p -> submittable(state(rows, p.product()))).toList()).forEach(outcomes);
    }

    /** What submit does to one product of a large batch: the same steps and words as {@link #submitAll}. */
    private BatchReview.Decision submitting(Subject by) {
        Map<String, Boolean> vip = new HashMap<>();
        return (p, row, blockedBy) -> {
            ReviewState from = row == null ? ReviewState.DRAFT : row.state();
            if (!submittable(from)) {
                return null;
            }
            Instant now = Instant.now();
            if (blockedBy.isEmpty() && vip.computeIfAbsent(p.merchant(), this::isVip)) {
                return new BatchReview.Plan(p, List.of(
                        BatchReview.step(by.name(), p, ReviewState.PRE_REVIEW, from, "", "", now),
                        BatchReview.step(VIP, p, ReviewState.FINAL_REVIEW, ReviewState.PRE_REVIEW, "", "", now),
                        BatchReview.step(VIP, p, ReviewState.APPROVED, ReviewState.FINAL_REVIEW, "", "", now)),
                        new ReviewOutcome(p.merchant(), p.spuCode(), from, ReviewState.APPROVED,
                                "VIP merchant, no error findings: approved"));
            }
            return new BatchReview.Plan(p, List.of(BatchReview.step(by.name(), p, ReviewState.PRE_REVIEW, from, "",
                    blockedBy, now)), new ReviewOutcome(p.merchant(), p.spuCode(), from, ReviewState.PRE_REVIEW,
                            blockedBy.isEmpty() ? "waits for a reviewer" : "waits, blocked by " + blockedBy));
        };
    }

    /** What approve does to one product of a large batch: the same steps and words as {@link #approveAll}. */
    private BatchReview.Decision approving(Subject by, String comment) {
        return (p, row, blockedBy) -> {
            ReviewState from = row == null ? ReviewState.DRAFT : row.state();
            if (!from.waiting()) {
                return null;
            }
            if (!blockedBy.isEmpty()) {
                return new BatchReview.Plan(p, List.of(new BatchReview.Step(row.by(), new Row(p.merchant(), p.spuCode(),
                        from, row.since(), row.by(), row.note(), blockedBy), from)), new ReviewOutcome(p.merchant(),
                                p.spuCode(), from, from, "cannot be approved: " + blockedBy));
            }
            ReviewState to = from == ReviewState.PRE_REVIEW ? ReviewState.FINAL_REVIEW : ReviewState.APPROVED;
            return new BatchReview.Plan(p, List.of(BatchReview.step(by.name(), p, to, from, text(comment), "",
                    Instant.now())), new ReviewOutcome(p.merchant(), p.spuCode(), from, to, from.label() + "通过"));
        };
    }

    private BatchReview batchReview() {
        return new BatchReview(this, rules, audit);
    }

    private List<ReviewOutcome> submitAll(Subject by, List<StoredProduct> products) throws ReviewException {
        Map<String, String> blocking = firstErrors(products);
        Map<String, Boolean> vip = new HashMap<>();
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (StoredProduct stored : products) {
            Product p = stored.product();
            ReviewState from = current(p);
            if (!submittable(from)) {
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, from, "already " + from.id()
                        + " — only drafts and rejected products are submitted"));
                continue;
            }
            String blockedBy = blocking.getOrDefault(ReviewRows.key(p.merchant(), p.spuCode()), "");
            boolean auto = blockedBy.isEmpty() && vip.computeIfAbsent(p.merchant(), this::isVip);
            Instant now = Instant.now();
            if (auto) {
                if (!move(by.name(), new Row(p.merchant(), p.spuCode(), ReviewState.PRE_REVIEW, now, by.name(), "", ""), from, p)) {
                    outcomes.add(movedMeanwhile(p, from));
                    continue;
                }
                move(VIP, new Row(p.merchant(), p.spuCode(), ReviewState.FINAL_REVIEW, now, VIP, "", ""),
                        ReviewState.PRE_REVIEW, p);
                move(VIP, new Row(p.merchant(), p.spuCode(), ReviewState.APPROVED, now, VIP, "", ""),
                        ReviewState.FINAL_REVIEW, p);
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, ReviewState.APPROVED,
                        "VIP merchant, no error findings: approved"));
            } else if (!move(by.name(), new Row(p.merchant(), p.spuCode(), ReviewState.PRE_REVIEW, now, by.name(), "",
                    blockedBy), from, p)) {
                outcomes.add(movedMeanwhile(p, from));
            } else {
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, ReviewState.PRE_REVIEW,
                        blockedBy.isEmpty() ? "waits for a reviewer" : "waits, blocked by " + blockedBy));
            }
        }
        return outcomes;
    }

    @Override
    public List<ReviewOutcome> approve(Subject by, List<String> products, String comment) throws ReviewException {
        access.check(by, "review:approve");
        return approveAll(by, ProductRefs.resolveAll(store, by, products), comment);
    }

    @Override
    public List<ReviewOutcome> approveBatch(Subject by, long batchId, String comment) throws ReviewException {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        approveBatch(by, batchId, comment, outcomes::add);
        return outcomes;
    }

    /**
     * The batch's waiting products in the caller's scope, found from the review table (WaitingProducts), read and
     * checked a part at a time (BatchReview): the products that do not wait are neither read nor checked.
     */
    @Override
    public void approveBatch(Subject by, long batchId, String comment, Consumer<ReviewOutcome> outcomes)
            throws ReviewException {
        access.check(by, "review:approve");
        ProductRefs.Parts batch = ProductRefs.partsOf(store, by, batchId);
        WaitingProducts waiting = WaitingProducts.of(batch.products(), batch.scope(), this);
        if (waiting.size() > 0) {
            batchReview().review(new RecentParts(waiting), batch.scope(), approving(by, comment), outcomes);
        }
    }

    private List<ReviewOutcome> approveAll(Subject by, List<StoredProduct> products, String comment)
            throws ReviewException {
        Map<String, String> blocking = firstErrors(products);
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (StoredProduct stored : products) {
            Product p = stored.product();
            Row row = work("read the review state of", c -> ReviewRows.find(c, p.merchant(), p.spuCode()));
            ReviewState from = row == null ? ReviewState.DRAFT : row.state();
            if (!from.waiting()) {
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, from, "is " + from.id()
                        + ", not waiting for review" + (submittable(from) ? " — submit it first" : "")));
                continue;
            }
            String blockedBy = blocking.getOrDefault(ReviewRows.key(p.merchant(), p.spuCode()), "");
            if (!blockedBy.isEmpty()) {
                move(row.by(), new Row(p.merchant(), p.spuCode(), from, row.since(), row.by(), row.note(), blockedBy), from, p);
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, from,
                        "cannot be approved: " + blockedBy));
                continue;
            }
            ReviewState to = from == ReviewState.PRE_REVIEW ? ReviewState.FINAL_REVIEW : ReviewState.APPROVED;
            if (!move(by.name(), new Row(p.merchant(), p.spuCode(), to, Instant.now(), by.name(), text(comment), ""), from, p)) {
                outcomes.add(movedMeanwhile(p, from));
                continue;
            }
            outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, to, from.label() + "通过"));
        }
        return outcomes;
    }

    @Override
    public List<ReviewOutcome> reject(Subject by, List<String> products, String reason) throws ReviewException {
        access.check(by, "review:reject");
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("Give the reason: review:reject SPU… --reason \"主图模糊\"");
        }
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (StoredProduct stored : ProductRefs.resolveAll(store, by, products)) {
            Product p = stored.product();
            ReviewState from = current(p);
            if (!from.waiting() && from != ReviewState.APPROVED) {
                outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, from, "is " + from.id()
                        + ", nothing to reject"));
                continue;
            }
            if (!move(by.name(), new Row(p.merchant(), p.spuCode(), ReviewState.REJECTED, Instant.now(), by.name(),
                    reason.strip(), ""), from, p)) {
                outcomes.add(movedMeanwhile(p, from));
                continue;
            }
            outcomes.add(new ReviewOutcome(p.merchant(), p.spuCode(), from, ReviewState.REJECTED, "驳回: " + reason.strip()));
        }
        return outcomes;
    }

    @Override
    public List<ReviewItem> queue(Subject by, ReviewState stage) throws ReviewException {
        access.check(by, "review:queue");
        return ReviewBoard.items(this, by).stream()
                .filter(i -> stage == null ? i.state().waiting() : i.state() == stage)
                .sorted(java.util.Comparator.comparing(ReviewItem::since))
                .toList();
    }

    /** A page of the queue straight from the review table, the scope a condition of the query. */
    @Override
    public ReviewQueue queue(Subject by, ReviewState stage, int offset, int limit) throws ReviewException {
        access.check(by, "review:queue");
        List<ReviewState> stages = stage == null ? WAITING : List.of(stage);
        // a count of its own, not the board's: a reviewer who approves and opens the board sees the board counted
        // after her step rather than the count her last queue page started two seconds before
        int total = counted("queue|" + by.scope().describe() + "|" + stage,
                () -> work("count the review queue of", c -> ReviewListing.where().scope(by.scope()).states(stages).count(c)));
        return work("read the review queue of", c -> new ReviewQueue(
                ReviewListing.items(c, stages, () -> ReviewListing.where().scope(by.scope()), Math.max(offset, 0),
                        Math.max(limit, 0)),
                total));
    }

    @Override
    public Optional<ReviewItem> next(Subject by, String product) throws ReviewException {
        access.check(by, "review:queue");
        int slash = product.indexOf('/');
        Row self = slash < 0 ? null
                : work("read the review state of", c -> ReviewRows.find(c, product.substring(0, slash), product.substring(slash + 1)));
        return work("read the review queue of", c -> {
            return ReviewListing.items(c, WAITING, () -> {
                ReviewListing.Where where = ReviewListing.where().scope(by.scope());
                if (self != null && self.state().waiting()) {
                    ReviewListing.after(where, self.since(), self.merchant(), self.spuCode());
                } else if (self != null) {
                    where.and("NOT (merchant = ? AND spu_code = ?)", self.merchant(), self.spuCode());
                }
                return where;
            }, 0, 1).stream().findFirst();
        });
    }

    /**
     * Counts and the oldest cards by queries on the review table (drafts: the catalogue's products without a
     * review row); a board of one batch narrows the whole scope's items as before.
     */
    @Override
    public BoardSummary board(Subject by, BoardQuery query) throws ReviewException {
        access.check(by, "review:board");
        if (query.products() != null) {
            return ReviewService.super.board(by, query);
        }
        int cards = Math.max(query.cards(), 0);
        Tally counted = tally(by, query.merchant(), query.categoryPrefix());
        // the blocked cards as old as the counts: found by a condition no index orders by age within the scope
        List<ReviewItem> blockedCards = counted.blocked() == 0 ? List.of() : counted("blocked|" + by.scope().describe() + "|"
                + query.merchant() + "|" + query.categoryPrefix() + "|" + cards, () -> work("read the blocked products of",
                c -> ReviewListing.oldestBlocked(c, by.scope(), query.merchant(), query.categoryPrefix(), cards)));
        // the oldest drafts as old as the counts too: the catalogue's products without a review row, by their last
        // import — no index orders them, so each look would read and sort the scope's drafts
        List<ReviewItem> drafts = counted.counts().get(ReviewState.DRAFT) == 0 ? List.of() : counted("drafts|"
                + by.scope().describe() + "|" + query.merchant() + "|" + query.categoryPrefix() + "|" + cards,
                () -> oldestDrafts(work("read the drafts of", c -> ReviewListing.oldestDrafts(c, by.scope(),
                        query.merchant(), query.categoryPrefix(), cards))));
        return work("read the board of", c -> {
            Map<ReviewState, List<ReviewItem>> oldest = new EnumMap<>(ReviewState.class);
            for (ReviewState state : ReviewState.values()) {
                oldest.put(state, state == ReviewState.DRAFT ? drafts : counted.counts().get(state) == 0 ? List.of()
                        : ReviewListing.where().scope(by.scope()).filter(query.merchant(), query.categoryPrefix())
                                .states(List.of(state)).items(c, 0, cards));
            }
            return new BoardSummary(counted.counts(), oldest, counted.blocked(), blockedCards);
        });
    }

    /** A scope's products per state (drafts included) and how many of them are blocked, not approved. */
    private record Tally(Map<ReviewState, Integer> counts, int blocked) {}

    /** The counts of the scope and filters at most two seconds old: each costs a scan of the scope's rows. */
    private Tally tally(Subject by, String merchant, String categoryPrefix) throws ReviewException {
        return counted("tally|" + by.scope().describe() + "|" + merchant + "|" + categoryPrefix, () -> work(
                "count the board of", c -> {
                    Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
                    int blocked = 0;
                    for (Map.Entry<ReviewState, int[]> e : ReviewListing.where().scope(by.scope())
                            .filter(merchant, categoryPrefix).countsByState(c).entrySet()) {
                        counts.put(e.getKey(), e.getValue()[0]);
                        blocked += e.getKey() == ReviewState.APPROVED ? 0 : e.getValue()[1];
                    }
                    for (ReviewState state : ReviewState.values()) {
                        counts.putIfAbsent(state, 0);
                    }
                    int reviewed = counts.values().stream().mapToInt(Integer::intValue).sum();
                    counts.put(ReviewState.DRAFT, Math.max(0, ReviewListing.productCount(c, by.scope(), merchant,
                            categoryPrefix) - reviewed));
                    return new Tally(Map.copyOf(counts), blocked);
                }));
    }

    /** A count at most two seconds old (RecentCounts). */
    private <T> T counted(String key, RecentCounts.Count<T> count) throws ReviewException {
        try {
            return recent.get(key, count);
        } catch (ReviewException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }

    /** The draft cards: each product read from the catalogue (a few), held by whoever imported it. */
    private List<ReviewItem> oldestDrafts(List<String[]> keys) throws SQLException {
        try {
            Map<Long, String> importers = importers();
            List<ReviewItem> items = new ArrayList<>();
            for (String[] key : keys) {
                for (StoredProduct stored : store.product(Subject.SYSTEM, key[1])) {
                    if (stored.product().merchant().equals(key[0])) {
                        items.add(ReviewBoard.item(stored, null, importers.getOrDefault(stored.batchId(), "")));
                    }
                }
            }
            return items;
        } catch (CatalogException | ReviewException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    @Override
    public ReviewDetail show(Subject by, String product) throws ReviewException {
        access.check(by, "review:show");
        StoredProduct stored = ProductRefs.resolve(store, by, product);
        Product p = stored.product();
        Row row = work("read the review state of", c -> ReviewRows.find(c, p.merchant(), p.spuCode()));
        List<Finding> findings = rules.validate(List.of(stored), "");
        return new ReviewDetail(ReviewBoard.item(stored, row, ""), stored, findings,
                work("read the review history of", c -> ReviewRows.events(c, p.merchant(), p.spuCode())));
    }

    @Override
    public Board board(Subject by, int oldestPerState) throws ReviewException {
        access.check(by, "review:board");
        return ReviewBoard.of(ReviewBoard.items(this, by), oldestPerState);
    }

    @Override
    public ReviewState state(String merchant, String spuCode) throws ReviewException {
        Row row = work("read the review state of", c -> ReviewRows.find(c, merchant, spuCode));
        return row == null ? ReviewState.DRAFT : row.state();
    }

    /** One query for the merchant's review rows, however many products are asked about. */
    @Override
    public Map<String, ReviewState> states(String merchant, java.util.Collection<String> spuCodes) throws ReviewException {
        // a part of a large batch is read by its codes; a whole merchant in one go when asked for more
        Map<String, ReviewState> rows = spuCodes.size() <= BatchReview.PART
                ? work("read the review states of", c -> {
                    Map<String, ReviewState> some = new HashMap<>();
                    ReviewRows.rows(c, merchant, List.copyOf(spuCodes)).forEach((spu, row) -> some.put(spu, row.state()));
                    return some;
                })
                : work("read the review states of", c -> ReviewRows.states(c, merchant));
        Map<String, ReviewState> states = new HashMap<>();
        for (String spuCode : spuCodes) {
            states.put(spuCode, rows.getOrDefault(spuCode, ReviewState.DRAFT));
        }
        return states;
    }

    /** Every review row and the importer of every batch, for the board. */
    Map<String, Row> rows() throws ReviewException {
        return work("read the review states of", ReviewRows::all);
    }

    Map<Long, String> importers() throws ReviewException {
        try {
            Map<Long, String> importers = new HashMap<>();
            for (StoredBatch b : store.batches(Subject.SYSTEM)) {
                importers.put(b.id(), b.importedBy());
            }
            return importers;
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }

    List<StoredProduct> inScope(Subject by) throws ReviewException {
        return ProductRefs.inScope(store, by);
    }

    private ReviewState current(Product p) throws ReviewException {
        return state(p.merchant(), p.spuCode());
    }

    private static ReviewState state(Map<String, Row> rows, Product p) {
        Row row = rows.get(ReviewRows.key(p.merchant(), p.spuCode()));
        return row == null ? ReviewState.DRAFT : row.state();
    }

    private static boolean submittable(ReviewState state) {
        return state == ReviewState.DRAFT || state == ReviewState.REJECTED;
    }

    boolean isVip(String merchant) {
        try {
            return merchants.find(merchant).map(Merchant::vip).orElse(false);
        } catch (ReviewException e) {
            return false;
        }
    }

    /** The first error finding of each product, "code: message", by {@link ReviewRows#key}. */
    private Map<String, String> firstErrors(List<StoredProduct> products) {
        Map<String, String> first = new HashMap<>();
        if (products.isEmpty()) {
            return first;
        }
        for (Finding f : rules.validate(products, "")) {
            if (f.severity() == shelf.api.finding.Severity.ERROR) {
                first.putIfAbsent(ReviewRows.key(f.merchant(), f.spuCode()), f.code() + ": " + f.message());
            }
        }
        return first;
    }

    /** One step, if the product is still where it was read; false when another session moved it first. */
    private boolean move(String user, Row row, ReviewState from, Product p) throws ReviewException {
        return move(user, row, from, p.title(), p.categoryPath());
    }

    /** One step of the product of this title and category (see {@link #move(String, Row, ReviewState, Product)}). */
    boolean move(String user, Row row, ReviewState from, String title, String categoryPath) throws ReviewException {
        boolean moved = work("record a review step in", c -> {
            c.setAutoCommit(false);
            try {
                boolean done = ReviewRows.move(c, row, from, title, categoryPath);
                if (done) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return done;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        });
        if (moved && from != row.state()) {
            audit.append(AuditEntry.of(user, "review:" + row.state().id(),
                    List.of("product:" + row.merchant() + "/" + row.spuCode()), from.id(), row.state().id(), row.note()));
        }
        return moved;
    }

    private ReviewOutcome movedMeanwhile(Product p, ReviewState from) throws ReviewException {
        return movedMeanwhile(p.merchant(), p.spuCode(), from);
    }

    ReviewOutcome movedMeanwhile(String merchant, String spuCode, ReviewState from) throws ReviewException {
        ReviewState now = state(merchant, spuCode);
        // from and to alike: this call moved nothing (it found the product in "from", another session moved it on)
        return new ReviewOutcome(merchant, spuCode, now, now, "moved meanwhile by someone else (from "
                + from.id() + " to " + now.id() + ") — nothing done");
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T work(String doing, Work<T> work) throws ReviewException {
        try (Connection c = database.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new ReviewException(database.failure(doing, e).getMessage(), e);
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }


}
