package shelf.review.internal.command;

import java.util.List;

import shelf.api.review.ReviewOutcome;
import shelf.api.shell.Table;

/** What a review action did, product by product, and a count line. */
final class Outcomes {
    private Outcomes() {}

    static String of(List<ReviewOutcome> outcomes, String verb) {
        if (outcomes.isEmpty()) {
            return "Nothing to " + verb + "\n";
        }
        Table table = new Table("SPU", "Merchant", "From", "To", "");
        for (ReviewOutcome o : outcomes) {
            table.row(o.spuCode(), o.merchant(), o.from().id(), o.moved() ? o.to().id() : "-", o.message());
        }
        long moved = outcomes.stream().filter(ReviewOutcome::moved).count();
        return table.toString() + moved + " of " + outcomes.size() + " moved\n";
    }
}
