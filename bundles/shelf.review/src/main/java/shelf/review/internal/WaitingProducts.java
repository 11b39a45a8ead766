package shelf.review.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewState;

/**
 * The products of a batch that wait for review and are in the caller's scope, found from the review table, not by
 * reading the batch: a bulk approve reads and checks only these. The review table is walked a part at a time by
 * merchant and state (ReviewRows#spuCodes); each SPU code found is looked up among the batch's positions (merchant
 * and SPU code, known without reading a product). Positions keep the batch's order, so the rule engine and
 * CompletedProducts see a batch of their own, smaller. The other products of the batch are, to the rules, products
 * of the catalogue outside it: a SKU code shared with one of them is still found.
 */
final class WaitingProducts implements BatchProducts {
    private final BatchProducts batch;
    /** The batch's positions of the waiting products, ascending. */
    private final int[] at;

    private WaitingProducts(BatchProducts batch, int[] at) {
        this.batch = batch;
        this.at = at;
    }

    /** The batch's products waiting in a stage now, those the scope sees. */
    static WaitingProducts of(BatchProducts batch, ScopedBatch scope, H2ReviewService service) throws ReviewException {
        BitSet waiting = new BitSet(batch.size());
        for (int from = 0, to; from < batch.size(); from = to) {
            String merchant = batch.merchant(from);
            to = from + 1;
            while (to < batch.size() && batch.merchant(to).equals(merchant)) {
                to++; // positions run in merchant order: each merchant's products are one range
            }
            int first = from;
            int end = to;
            service.work("find the waiting products of the batch in", c -> {
                for (ReviewState state : ReviewState.values()) {
                    if (!state.waiting()) {
                        continue;
                    }
                    List<String> part;
                    String after = "";
                    do {
                        part = ReviewRows.spuCodes(c, merchant, state, after, BatchReview.PART);
                        for (String spu : part) {
                            int found = position(batch, first, end, spu);
                            if (found >= 0 && scope.sees(merchant, spu)) {
                                waiting.set(found);
                            }
                        }
                        after = part.isEmpty() ? after : part.get(part.size() - 1);
                    } while (part.size() == BatchReview.PART);
                }
                return null;
            });
        }
        return new WaitingProducts(batch, waiting.stream().toArray());
    }

    /** The position of the merchant's product with this SPU code among {@code from} to {@code to}; negative when none. */
    private static int position(BatchProducts batch, int from, int to, String spuCode) {
        int low = from;
        int high = to - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = batch.spuCode(mid).compareTo(spuCode);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return at.length;
    }

    @Override
    public String merchant(int i) {
        return batch.merchant(at[i]);
    }

    @Override
    public String spuCode(int i) {
        return batch.spuCode(at[i]);
    }

    /** Each run of neighbouring positions read at once; nothing between them is read. */
    @Override
    public List<StoredProduct> read(int from, int to) throws CatalogException {
        List<StoredProduct> products = new ArrayList<>(to - from);
        for (int i = from, j; i < to; i = j) {
            j = i + 1;
            while (j < to && at[j] == at[j - 1] + 1) {
                j++;
            }
            products.addAll(batch.read(at[i], at[j - 1] + 1));
        }
        return products;
    }

    /** The batch's answer, to these positions: a product sharing a code in the batch shares it here too. */
    @Override
    public BitSet sharingSkuCodes() throws CatalogException {
        BitSet all = batch.sharingSkuCodes();
        if (all == null) {
            return null;
        }
        BitSet sharing = new BitSet(at.length);
        for (int i = 0; i < at.length; i++) {
            if (all.get(at[i])) {
                sharing.set(i);
            }
        }
        return sharing;
    }
}
