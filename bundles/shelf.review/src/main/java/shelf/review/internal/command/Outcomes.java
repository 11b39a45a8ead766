package shelf.review.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import shelf.api.review.ReviewOutcome;
import shelf.api.shell.Table;

/** What a review action did, product by product, and a count line. */
final class Outcomes {
    /** Outcomes listed one a line; a batch with more gets the first {@link #SHOWN} and a count per kind of move. */
    static final int LISTED = 5_000;
    static final int SHOWN = 20;

    private Outcomes() {}

    static String of(List<ReviewOutcome> outcomes, String verb) {
        if (outcomes.isEmpty()) {
            return "Nothing to " + verb + "\n";
        }
        Table table = table(outcomes);
        long moved = outcomes.stream().filter(ReviewOutcome::moved).count();
        return table.toString() + moved + " of " + outcomes.size() + " moved\n";
    }

    private static Table table(List<ReviewOutcome> outcomes) {
        Table table = new Table("SPU", "Merchant", "From", "To", "");
        for (ReviewOutcome o : outcomes) {
            table.row(o.spuCode(), o.merchant(), o.from().id(), o.moved() ? o.to().id() : "-", o.message());
        }
        return table;
    }

    /**
     * Outcomes as a batch gives them, in bounded memory: up to {@link #LISTED} printed as {@link #of} prints them;
     * beyond, the first {@link #SHOWN}, then how many moved from where to where and why (a finding's code, not
     * each product's message), and the count line.
     */
    static final class Gathered implements Consumer<ReviewOutcome> {
        private final List<ReviewOutcome> first = new ArrayList<>();
        private final Map<String, long[]> kinds = new TreeMap<>();
        private long total;
        private long moved;

        @Override
        public void accept(ReviewOutcome o) {
            total++;
            moved += o.moved() ? 1 : 0;
            if (first.size() < LISTED) {
                first.add(o);
            }
            String kind = o.from().id() + " → " + (o.moved() ? o.to().id() : "-") + "  "
                    + o.message().replaceFirst("(blocked by |cannot be approved: )([^:]*):.*", "$1$2");
            kinds.computeIfAbsent(kind, k -> new long[1])[0]++;
        }

        String text(String verb) {
            if (total <= LISTED) {
                return of(first, verb);
            }
            StringBuilder out = new StringBuilder(table(first.subList(0, SHOWN)).toString());
            out.append(String.format("… and %,d more (review:queue and board show where they stand)%n", total - SHOWN));
            kinds.forEach((kind, n) -> out.append(String.format("%,10d  %s%n", n[0], kind)));
            return out.append(moved).append(" of ").append(total).append(" moved\n").toString();
        }
    }
}
