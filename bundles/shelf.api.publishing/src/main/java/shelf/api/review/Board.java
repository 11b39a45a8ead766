package shelf.api.review;

import java.util.List;
import java.util.Map;

/**
 * The review kanban of a subject's scope.
 *
 * @param counts products per state (every state present)
 * @param oldest per state, the products that have waited longest, oldest first
 * @param blocked products not yet approved that error findings keep from approval, oldest first
 */
public record Board(Map<ReviewState, Integer> counts, Map<ReviewState, List<ReviewItem>> oldest,
        List<ReviewItem> blocked) {}
