package shelf.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.review.Board;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewState;
import shelf.api.security.Subject;
import shelf.review.internal.ReviewRows.Row;

/** The products of a scope as review items, and the kanban made of them. */
final class ReviewBoard {
    private ReviewBoard() {}

    /** Every product in the subject's scope with its place in review. */
    static List<ReviewItem> items(H2ReviewService service, Subject by) throws ReviewException {
        Map<String, Row> rows = service.rows();
        Map<Long, String> importers = service.importers();
        List<ReviewItem> items = new ArrayList<>();
        for (StoredProduct stored : service.inScope(by)) {
            Product p = stored.product();
            items.add(item(stored, rows.get(ReviewRows.key(p.merchant(), p.spuCode())),
                    importers.getOrDefault(stored.batchId(), "")));
        }
        return items;
    }

    /** A product without a review row is a draft since its last import, held by whoever imported it. */
    static ReviewItem item(StoredProduct stored, Row row, String importer) {
        Product p = stored.product();
        if (row == null) {
            return new ReviewItem(p.merchant(), p.spuCode(), p.title(), p.categoryPath(), ReviewState.DRAFT,
                    stored.updatedAt(), importer, "", "");
        }
        return new ReviewItem(p.merchant(), p.spuCode(), p.title(), p.categoryPath(), row.state(), row.since(),
                row.by(), row.note(), row.blockedBy());
    }

    static Board of(List<ReviewItem> items, int oldestPerState) {
        Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
        Map<ReviewState, List<ReviewItem>> oldest = new EnumMap<>(ReviewState.class);
        for (ReviewState state : ReviewState.values()) {
            List<ReviewItem> in = items.stream().filter(i -> i.state() == state)
                    .sorted(Comparator.comparing(ReviewItem::since)).toList();
            counts.put(state, in.size());
            oldest.put(state, in.subList(0, Math.min(oldestPerState, in.size())));
        }
        List<ReviewItem> blocked = items.stream()
                .filter(i -> i.blocked() && i.state() != ReviewState.APPROVED)
                .sorted(Comparator.comparing(ReviewItem::since)).toList();
        return new Board(counts, oldest, blocked);
    }
}
