package shelf.api.review;

/**
 * Which part of the board to show, and how much of it.
 *
 * @param merchant one merchant only, empty for every merchant in scope
 * @param categoryPrefix category paths starting with this, empty for every category
 * @param products only these products ("MERCHANT/SPU", e.g. those a batch saw), {@code null} for any
 * @param cards at most this many cards per column and blocked products
 * @since 2.1
 */
public record BoardQuery(String merchant, String categoryPrefix, java.util.Set<String> products, int cards) {

    public BoardQuery {
        merchant = merchant == null ? "" : merchant.strip();
        categoryPrefix = categoryPrefix == null ? "" : categoryPrefix.strip();
        products = products == null ? null : java.util.Set.copyOf(products);
    }

    /** Whether a review item is in this part of the board. */
    public boolean matches(ReviewItem item) {
        return (merchant.isEmpty() || item.merchant().equals(merchant))
                && (categoryPrefix.isEmpty() || item.categoryPath().startsWith(categoryPrefix))
                && (products == null || products.contains(item.merchant() + "/" + item.spuCode()));
    }
}
