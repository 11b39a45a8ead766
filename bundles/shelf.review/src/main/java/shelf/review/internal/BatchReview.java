package shelf.review.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ScopedBatch;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewState;
import shelf.api.rules.CompletedProducts;
import shelf.api.rules.RuleEngine;
import shelf.review.internal.ReviewRows.Row;

/**
 * Submit of a batch larger than one part, and approve of a batch's waiting products (WaitingProducts), in bounded
 * memory. The rule engine reads and checks the products a part at a time (every rule sees all of them) and hands on
 * each part's findings in merchant
 * and SPU order, the order of the batch's positions; once a later product's findings have come, the products
 * before it are complete, and they are moved {@link #PART} at a time: each part's review rows and events in one
 * transaction, then one audit line per kind of step naming the part's products. A command cut short leaves
 * whole parts moved and the rest as they were; run again, it goes on with the rest, as the moved products are
 * no longer drafts (submit) or are a stage on (approve, which moves each waiting product one stage).
 */
final class BatchReview {
    /** Products moved in one transaction; a batch of at most this many is submitted as a list, as before. */
    static final int PART = 5_000;

    /** One step of a product: the row it gets, from the state it must still be in, recorded as the user. */
    record Step(String user, Row row, ReviewState from) {}

    /** What to do with one product: its steps (at least one) and what to tell the user. */
    record Plan(RecentParts.Item product, List<Step> steps, ReviewOutcome outcome) {}

    /** The plan for one product given its review row (null: a draft) and its first error ("" when none); null: left alone. */
    @FunctionalInterface
    interface Decision {
        Plan plan(RecentParts.Item product, Row row, String blockedBy) throws ReviewException;
    }

    private final H2ReviewService service;
    private final RuleEngine rules;
    private final AuditLog audit;

    BatchReview(H2ReviewService service, RuleEngine rules, AuditLog audit) {
        this.service = service;
        this.rules = rules;
        this.audit = audit;
    }

    /** Reviews the batch part by part as {@code decision} says; the products outside the scope are checked, not moved. */
    void review(RecentParts batch, ScopedBatch scope, Decision decision, Consumer<ReviewOutcome> outcomes)
            throws ReviewException {
        Map<String, String> firstErrors = new HashMap<>();
        CompletedProducts completed = new CompletedProducts(batch);
        try {
            rules.stream(batch, "", done -> { }, findings -> {
                for (Finding f : findings) {
                    if (f.severity() == Severity.ERROR) {
                        firstErrors.putIfAbsent(ReviewRows.key(f.merchant(), f.spuCode()), f.code() + ": " + f.message());
                    }
                }
                int from = completed.end();
                move(batch, scope, from, completed.advance(findings), firstErrors, decision, outcomes);
            });
            move(batch, scope, completed.end(), batch.size(), firstErrors, decision, outcomes);
        } catch (CatalogException e) {
            if (e.getCause() instanceof ReviewException failed) {
                throw failed;
            }
            throw new ReviewException(e.getMessage(), e);
        }
    }

    /** Moves the products at positions {@code from} to {@code to}, whose findings are all in, a part at a time. */
    private void move(RecentParts batch, ScopedBatch scope, int from, int to, Map<String, String> firstErrors,
            Decision decision, Consumer<ReviewOutcome> outcomes) throws CatalogException {
        for (int at = from; at < to; at += PART) {
            int end = Math.min(to, at + PART);
            List<RecentParts.Item> part = batch.products(at, end);
            Map<String, String> errors = new HashMap<>();
            for (int i = at; i < end; i++) {
                String key = ReviewRows.key(batch.merchant(i), batch.spuCode(i));
                String error = firstErrors.remove(key);
                if (error != null) {
                    errors.put(key, error);
                }
            }
            try {
                movePart(part.stream().filter(p -> scope.sees(p.merchant(), p.spuCode())).toList(),
                        errors, decision).forEach(outcomes);
            } catch (ReviewException e) {
                throw new CatalogException(e.getMessage(), e);
            }
        }
    }

    /** One part: its rows read, each product's steps planned, all written in one transaction (see {@link #write}). */
    private List<ReviewOutcome> movePart(List<RecentParts.Item> part, Map<String, String> errors, Decision decision)
            throws ReviewException {
        Map<String, List<String>> byMerchant = new LinkedHashMap<>();
        part.forEach(p -> byMerchant.computeIfAbsent(p.merchant(), m -> new ArrayList<>()).add(p.spuCode()));
        Map<String, Row> rows = service.work("read the review states of", c -> {
            Map<String, Row> found = new HashMap<>();
            for (Map.Entry<String, List<String>> merchant : byMerchant.entrySet()) {
                ReviewRows.rows(c, merchant.getKey(), merchant.getValue())
                        .forEach((spu, row) -> found.put(ReviewRows.key(merchant.getKey(), spu), row));
            }
            return found;
        });
        List<Plan> plans = new ArrayList<>();
        for (RecentParts.Item p : part) {
            String key = ReviewRows.key(p.merchant(), p.spuCode());
            Plan plan = decision.plan(p, rows.get(key), errors.getOrDefault(key, ""));
            if (plan != null) {
                plans.add(plan);
            }
        }
        if (!write(plans)) {
            return oneByOne(plans);
        }
        record(plans);
        return plans.stream().map(Plan::outcome).toList();
    }

    /**
     * Every step of the part in one transaction; false, with nothing written, when a product was moved by
     * someone else meanwhile (its row no longer where it was read): the part is then done product by product.
     */
    private boolean write(List<Plan> plans) throws ReviewException {
        return service.work("record the review steps of a part of the batch in", c -> {
            c.setAutoCommit(false);
            try {
                for (Plan plan : plans) {
                    for (Step step : plan.steps()) {
                        if (!ReviewRows.move(c, step.row(), step.from(), plan.product().title(),
                                plan.product().categoryPath())) {
                            c.rollback();
                            return false;
                        }
                    }
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                rollback(c);
                if (e.getSQLState() != null && (e.getSQLState().startsWith("23") || e.getSQLState().startsWith("40")
                        || e.getSQLState().equals("25P02"))) {
                    return false; // a key taken or a conflict with another session: the slow way
                }
                throw e;
            }
        });
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the rollback's own failure says nothing more
        }
    }

    /** The part's audit lines: one per kind of step (user, from, to, note), naming its products. */
    private void record(List<Plan> plans) {
        Map<List<String>, List<String>> lines = new LinkedHashMap<>();
        for (Plan plan : plans) {
            for (Step step : plan.steps()) {
                if (step.from() != step.row().state()) {
                    lines.computeIfAbsent(List.of(step.user(), step.from().id(), step.row().state().id(), step.row().note()),
                            k -> new ArrayList<>()).add("product:" + step.row().merchant() + "/" + step.row().spuCode());
                }
            }
        }
        lines.forEach((kind, products) -> audit.append(AuditEntry.of(kind.get(0), "review:" + kind.get(2), products,
                kind.get(1), kind.get(2), kind.get(3))));
    }

    /** The part as small batches are done: each product its own transaction and audit line. */
    private List<ReviewOutcome> oneByOne(List<Plan> plans) throws ReviewException {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (Plan plan : plans) {
            boolean moved = true;
            for (Step step : plan.steps()) {
                moved = moved && service.move(step.user(), step.row(), step.from(), plan.product().title(),
                        plan.product().categoryPath());
            }
            outcomes.add(moved ? plan.outcome() : service.movedMeanwhile(plan.product().merchant(),
                    plan.product().spuCode(), plan.steps().get(0).from()));
        }
        return outcomes;
    }

    /** A step now. */
    static Step step(String user, RecentParts.Item p, ReviewState to, ReviewState from, String note, String blockedBy, Instant at) {
        return new Step(user, new Row(p.merchant(), p.spuCode(), to, at, user, note, blockedBy), from);
    }
}
