package shelf.api.review;

import java.util.List;
import java.util.Map;

/**
 * The board counted whole but with a few cards only: what a page shows without loading every product.
 *
 * @param counts products per state (every state present)
 * @param oldest per state, at most {@link BoardQuery#cards()} products, those that have waited longest first
 * @param blockedCount products not yet approved that error findings keep from approval
 * @param blocked the oldest of them, at most {@link BoardQuery#cards()}
 * @since 2.1
 */
public record BoardSummary(Map<ReviewState, Integer> counts, Map<ReviewState, List<ReviewItem>> oldest,
        int blockedCount, List<ReviewItem> blocked) {

    public BoardSummary {
        counts = Map.copyOf(counts);
        oldest = Map.copyOf(oldest);
        blocked = List.copyOf(blocked);
    }
}
