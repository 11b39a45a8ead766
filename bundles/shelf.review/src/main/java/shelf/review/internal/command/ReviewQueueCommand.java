package shelf.review.internal.command;

import java.time.Instant;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.review.ReviewException;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewQueue;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

@Component(service = ReviewQueueCommand.class)
@GogoCommand(scope = "review", function = "queue")
public class ReviewQueueCommand {
    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("the products waiting for review in your scope, oldest first")
    public void queue(CommandSession session,
            @Descriptor("pre (初审) or final (终审); default both")
            @Parameter(names = {"--stage", "-s"}, absentValue = "") String stage,
            @Descriptor("at most this many products (default 50)")
            @Parameter(names = {"--limit", "-n"}, absentValue = "50") int limit,
            @Descriptor("from this place in the queue on (default 0: the oldest)")
            @Parameter(names = {"--from"}, absentValue = "0") int from) throws ReviewException {
        ReviewState state = switch (stage.strip()) {
            case "" -> null;
            case "pre", "pre-review", "初审" -> ReviewState.PRE_REVIEW;
            case "final", "final-review", "终审" -> ReviewState.FINAL_REVIEW;
            default -> throw new IllegalArgumentException("--stage " + stage + " — give pre or final");
        };
        // one page of the queue, read as such: a scope of 100,000 products is not read to print fifty
        ReviewQueue page = review.queue(currentUser.of(session), state, Math.max(0, from), Math.max(1, limit));
        List<ReviewItem> items = page.items();
        if (items.isEmpty()) {
            System.out.println(page.total() > 0 ? "The queue has " + page.total() + " — none from " + from + " on"
                    : "Nothing waits for review" + (state == null ? "" : " in " + state.id()));
            return;
        }
        Table table = new Table("SPU", "Merchant", "Title", "Stage", "Waiting", "Submitted by", "Blocked by");
        Instant now = Instant.now();
        for (ReviewItem i : items) {
            table.row(i.spuCode(), i.merchant(), BoardView.shortened(i.title(), 24), i.state().label(),
                    BoardView.age(i.since(), now), i.by(), BoardView.shortened(i.blockedBy(), 40));
        }
        System.out.print(table);
        if (page.total() > items.size()) {
            int first = Math.max(0, from);
            System.out.println(first + 1 + "–" + (first + items.size()) + " of " + page.total()
                    + (first + items.size() < page.total() ? " — the next: review:queue --from " + (first + items.size()) : ""));
        }
    }
}
