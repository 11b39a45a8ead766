package shelf.publish.command.internal;

import java.time.Duration;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.ListingSync;
import shelf.api.publish.PublishService;
import shelf.api.publish.PullReport;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.ProgressService;

/** {@code sync --from taobao --to weidian}: channel:pull, then publish of the pulled batch. */
@Component(service = SyncCommand.class)
@GogoCommand(scope = "publish", function = "sync")
public class SyncCommand {
    @Reference
    ProgressService progress;

    @Reference
    PublishService publishing;

    @Reference
    ListingSync sync;

    @Reference
    CurrentUser currentUser;

    @Reference
    ReviewService review;

    @Descriptor("copy a shop from one marketplace to another: pull its listings into the catalogue, then publish them to the other")
    public void sync(CommandSession session,
            @Descriptor("the channel to copy from") @Parameter(names = {"--from", "-f"}, absentValue = "") String from,
            @Descriptor("the channels to copy to, comma-separated") @Parameter(names = {"--to", "-t"}, absentValue = "") String to,
            @Descriptor("the merchant to store the products under (default: the source channel's id)")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("wait until every job is done or failed")
            @Parameter(names = {"--wait", "-w"}, presentValue = "true", absentValue = "false") boolean wait)
            throws PublishException, ReviewException, InterruptedException {
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException("name both shops: sync --from taobao --to weidian");
        }
        long started = System.nanoTime();
        Subject me = currentUser.of(session);
        PullReport pulled = sync.pull(me, from, merchant);
        System.out.print(PublishText.pulled(pulled));
        if (pulled.batchId() == 0) {
            return;
        }
        // the copies are new products of the catalogue: they go through review like any (a VIP merchant's pass at once)
        List<ReviewOutcome> reviewed = review.submitBatch(me, pulled.batchId());
        long approved = reviewed.stream().filter(o -> o.to() == ReviewState.APPROVED).count();
        System.out.printf("submitted %d for review: %d approved, %d waiting%n", reviewed.size(), approved,
                reviewed.size() - approved);
        List<String> targets = List.of(to.split(",")).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        PublishReport report = publishing.publish(me, new PublishRequest(pulled.batchId(), List.of(), targets, me.name()));
        System.out.print(PublishText.report(report, pulled.batchId()));
        if (wait && report.queued() > 0) {
            System.out.print(PublishText.finished(RunWait.await(publishing, progress, me, report.run(), report.queued(),
                    "发布 " + report.queued() + " 个任务"),
                    Duration.ofNanos(System.nanoTime() - started)));
        }
    }
}
