package shelf.api.review;

import java.util.List;

import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;

/** What a reviewer looks at: the product, its findings now, and its way through review so far. */
public record ReviewDetail(ReviewItem item, StoredProduct product, List<Finding> findings, List<ReviewEvent> events) {

    public ReviewDetail {
        findings = List.copyOf(findings);
        events = List.copyOf(events);
    }
}
