package shelf.api.channel;

import java.util.List;

/**
 * One page of a shop's listings.
 *
 * @param listings the listings of this page
 * @param nextCursor the cursor of the next page, or empty when this was the last
 */
public record ListingPage(List<ChannelListing> listings, String nextCursor) {

    public ListingPage {
        listings = List.copyOf(listings);
        nextCursor = nextCursor == null ? "" : nextCursor;
    }

    public boolean last() {
        return nextCursor.isEmpty();
    }
}
