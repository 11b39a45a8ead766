package shelf.api.rules;

import java.util.List;

import shelf.api.catalog.BatchProducts;
import shelf.api.finding.Finding;

/**
 * How far a batch's products have all their findings, while a rule engine streams them
 * ({@link RuleEngine#stream(BatchProducts, String, java.util.function.LongConsumer, FindingSink)}): the findings come
 * in the batch's order, merchant then SPU code, so once a part of them has come every product before the one of its
 * last finding is complete. Submit, approve and publish of a large batch act on those products a part at a time.
 *
 * @since 3.5
 */
public final class CompletedProducts {
    private final BatchProducts batch;
    private int end;

    public CompletedProducts(BatchProducts batch) {
        this.batch = batch;
    }

    /** The position of the first product not known to be complete: those before it are. */
    public int end() {
        return end;
    }

    /**
     * Takes the next part of findings and returns the new {@link #end()}.
     *
     * @throws IllegalStateException when the part has a finding of a product already complete: a product acted on
     *         would have been acted on without it, so the caller must stop rather than let it by
     */
    public int advance(List<Finding> part) {
        if (part.isEmpty()) {
            return end;
        }
        Finding first = part.get(0);
        if (end > 0 && !before(end - 1, first.merchant(), first.spuCode())) {
            throw new IllegalStateException("the rule engine gave a finding of " + first.merchant() + "/"
                    + first.spuCode() + " after later products — not in the batch's order");
        }
        Finding last = part.get(part.size() - 1);
        while (end < batch.size() && before(end, last.merchant(), last.spuCode())) {
            end++;
        }
        return end;
    }

    /** Whether the product at {@code at} comes before this merchant's product in String order. */
    private boolean before(int at, String merchant, String spuCode) {
        int byMerchant = batch.merchant(at).compareTo(merchant);
        return byMerchant < 0 || byMerchant == 0 && batch.spuCode(at).compareTo(spuCode) < 0;
    }
}
