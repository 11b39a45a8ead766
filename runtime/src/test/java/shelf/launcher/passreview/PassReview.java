package shelf.launcher.passreview;

import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import shelf.api.review.Board;
import shelf.api.review.ReviewDetail;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.security.Subject;

/**
 * A review bundle of a team's own, made by BundleReplacementIT: it passes every product (a team that reviews
 * in another system), so publishing that follows it queues every product, where Shelf's review held them.
 */
public final class PassReview implements ReviewService, BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(ReviewService.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public ReviewState state(String merchant, String spuCode) {
        return ReviewState.APPROVED;
    }

    @Override
    public List<ReviewOutcome> submit(Subject by, List<String> products) throws ReviewException {
        throw notHere();
    }

    @Override
    public List<ReviewOutcome> submitBatch(Subject by, long batchId) throws ReviewException {
        throw notHere();
    }

    @Override
    public List<ReviewItem> queue(Subject by, ReviewState stage) throws ReviewException {
        throw notHere();
    }

    @Override
    public ReviewDetail show(Subject by, String product) throws ReviewException {
        throw notHere();
    }

    @Override
    public List<ReviewOutcome> approve(Subject by, List<String> products, String comment) throws ReviewException {
        throw notHere();
    }

    @Override
    public List<ReviewOutcome> approveBatch(Subject by, long batchId, String comment) throws ReviewException {
        throw notHere();
    }

    @Override
    public List<ReviewOutcome> reject(Subject by, List<String> products, String reason) throws ReviewException {
        throw notHere();
    }

    @Override
    public Board board(Subject by, int oldestPerState) throws ReviewException {
        throw notHere();
    }

    private static ReviewException notHere() {
        return new ReviewException("this team reviews in another system: every product passes");
    }
}
