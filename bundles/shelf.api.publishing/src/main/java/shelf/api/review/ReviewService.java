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

    /** Sends products back with a reason; they are edited and submitted again. */
    List<ReviewOutcome> reject(Subject by, List<String> products, String reason) throws ReviewException;

    Board board(Subject by, int oldestPerState) throws ReviewException;

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
