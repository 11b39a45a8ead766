package shelf.api.review;

import java.util.List;

/**
 * One page of a review queue.
 *
 * @param items the page, oldest first
 * @param total how many wait in the whole queue
 * @since 2.1
 */
public record ReviewQueue(List<ReviewItem> items, int total) {

    public ReviewQueue {
        items = List.copyOf(items);
    }
}
