package shelf.api.review;

import java.time.Instant;

/**
 * A product's place in review.
 *
 * @param merchant the merchant
 * @param spuCode the product
 * @param title the product's title
 * @param categoryPath its category
 * @param state where it stands
 * @param since when it entered this state (the import time for a draft never submitted)
 * @param by who moved it there (for a draft: who imported it)
 * @param note the reason of a rejection, the comment of an approval, or empty
 * @param blockedBy the first error finding that keeps it from approval ("title.banned-word: …"), or empty
 */
public record ReviewItem(String merchant, String spuCode, String title, String categoryPath, ReviewState state,
        Instant since, String by, String note, String blockedBy) {

    public boolean blocked() {
        return !blockedBy.isEmpty();
    }
}
