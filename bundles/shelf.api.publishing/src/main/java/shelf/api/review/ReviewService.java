package shelf.api.review;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * The review workflow. Products are named by SPU code, or "MERCHANT/SPU" where several merchants use the
 * code; a product outside the subject's data scope is treated as not there. Every move is recorded in
 * the store and in the audit trail.
 */
@ProviderType
public interface ReviewService {

    /**
     * Sends drafts and rejected products to pre-review. A VIP merchant's product without error findings
     * passes both stages at once and is approved.
     */
    List<ReviewOutcome> submit(Subject by, List<String> products) throws ReviewException;

    /** Submits every product of a batch that is a draft or was rejected. */
    List<ReviewOutcome> submitBatch(Subject by, long batchId) throws ReviewException;

    /**
     * Like {@link #submitBatch(Subject, long)} for a batch of any size: each product's outcome goes to
     * {@code outcomes} as it is decided instead of being held. An implementation may read, validate and move a
     * large batch a part at a time, each part in one transaction: a command cut short then leaves whole parts
     * moved and the rest where they were, and running it again goes on with the rest.
     *
     * @since 2.2
     */
    default void submitBatch(Subject by, long batchId, java.util.function.Consumer<ReviewOutcome> outcomes)
            throws ReviewException {
        submitBatch(by, batchId).forEach(outcomes);
    }

    /** Products waiting in pre-review and final review (or in the one stage given), oldest first. */
    List<ReviewItem> queue(Subject by, ReviewState stage) throws ReviewException;

    ReviewDetail show(Subject by, String product) throws ReviewException;

    /**
     * Moves each product one stage on (pre-review → final review → approved). A product with error findings
     * stays where it is, the outcome naming the finding.
     */
    List<ReviewOutcome> approve(Subject by, List<String> products, String comment) throws ReviewException;

    /** Approves every product of the batch that waits in a stage. */
    List<ReviewOutcome> approveBatch(Subject by, long batchId, String comment) throws ReviewException;

    /**
     * Like {@link #approveBatch(Subject, long, String)} for a batch of any size, each outcome given to
     * {@code outcomes} as it is decided (see {@link #submitBatch(Subject, long, java.util.function.Consumer)}).
     *
     * @since 2.2
     */
    default void approveBatch(Subject by, long batchId, String comment,
            java.util.function.Consumer<ReviewOutcome> outcomes) throws ReviewException {
        approveBatch(by, batchId, comment).forEach(outcomes);
    }

    /** Sends products back with a reason; they are edited and submitted again. */
    List<ReviewOutcome> reject(Subject by, List<String> products, String reason) throws ReviewException;

    Board board(Subject by, int oldestPerState) throws ReviewException;

    /**
     * One page of the queue ({@link #queue(Subject, ReviewState)}), oldest first, and its length — without
     * reading the whole queue where the implementation can.
     *
     * @since 2.1
     */
    default ReviewQueue queue(Subject by, ReviewState stage, int offset, int limit) throws ReviewException {
        List<ReviewItem> all = queue(by, stage);
        int from = Math.min(Math.max(offset, 0), all.size());
        return new ReviewQueue(all.subList(from, Math.min(all.size(), from + Math.max(limit, 0))), all.size());
    }

    /**
     * The product after this one ("MERCHANT/SPU") in the subject's queue of both stages, or the first of the
     * queue when this one is not in it; empty when nothing else waits.
     *
     * @since 2.1
     */
    default java.util.Optional<ReviewItem> next(Subject by, String product) throws ReviewException {
        List<ReviewItem> queue = queue(by, null);
        for (int i = 0; i < queue.size(); i++) {
            ReviewItem item = queue.get(i);
            if ((item.merchant() + "/" + item.spuCode()).equals(product)) {
                return i + 1 < queue.size() ? java.util.Optional.of(queue.get(i + 1)) : java.util.Optional.empty();
            }
        }
        return queue.stream().filter(i -> !(i.merchant() + "/" + i.spuCode()).equals(product)).findFirst();
    }

    /**
     * The board of the part of the subject's scope the query names: every count, the oldest cards only. The
     * default narrows {@link #board(Subject, int)}; an implementation counts in its store instead.
     *
     * @since 2.1
     */
    default BoardSummary board(Subject by, BoardQuery query) throws ReviewException {
        Board whole = board(by, Integer.MAX_VALUE);
        java.util.Map<ReviewState, Integer> counts = new java.util.EnumMap<>(ReviewState.class);
        java.util.Map<ReviewState, List<ReviewItem>> oldest = new java.util.EnumMap<>(ReviewState.class);
        java.util.function.Predicate<ReviewItem> in = query::matches;
        for (ReviewState state : ReviewState.values()) {
            List<ReviewItem> items = whole.oldest().get(state).stream().filter(in).toList();
            counts.put(state, items.size());
            oldest.put(state, items.subList(0, Math.min(query.cards(), items.size())));
        }
        List<ReviewItem> blocked = whole.blocked().stream().filter(in).toList();
        return new BoardSummary(counts, oldest, blocked.size(), blocked.subList(0, Math.min(query.cards(), blocked.size())));
    }

    /** Where a product stands: the publishing engine publishes {@link ReviewState#APPROVED} products only. */
    ReviewState state(String merchant, String spuCode) throws ReviewException;

    /**
     * Where each of several products of one merchant stands, by SPU code — for publishing a batch, which
     * asks about thousands at once.
     */
    default java.util.Map<String, ReviewState> states(String merchant, java.util.Collection<String> spuCodes)
            throws ReviewException {
        java.util.Map<String, ReviewState> states = new java.util.HashMap<>();
        for (String spuCode : spuCodes) {
            states.put(spuCode, state(merchant, spuCode));
        }
        return states;
    }
}
