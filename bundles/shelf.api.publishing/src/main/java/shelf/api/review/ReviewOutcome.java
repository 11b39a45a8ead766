package shelf.api.review;

/**
 * What an action did to one product.
 *
 * @param merchant the merchant
 * @param spuCode the product
 * @param from the state before
 * @param to the state after (the same as {@code from} when nothing moved)
 * @param message what happened, or why not, in a sentence for the operator
 */
public record ReviewOutcome(String merchant, String spuCode, ReviewState from, ReviewState to, String message) {

    public boolean moved() {
        return from != to;
    }
}
