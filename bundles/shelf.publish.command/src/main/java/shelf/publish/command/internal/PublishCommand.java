package shelf.publish.command.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.PublishService;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.WindowedPublish;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.ProgressService;

/** {@code publish BATCH|SPU… --channel C[,C…] | --all-channels [--wait]}. */
@Component(service = PublishCommand.class)
@GogoCommand(scope = "publish", function = "publish")
public class PublishCommand {
    @Reference
    ProgressService progress;

    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    /** Scheduling and publishing windows, when the scheduling feature is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PublishSchedule schedule;

    @Descriptor("put a batch's products (or the products named by SPU code) on sale: one durable job per product and channel; products with validation errors are left out")
    public void publish(CommandSession session,
            @Descriptor("the channels, comma-separated (weidian,taobao)")
            @Parameter(names = {"--channel", "-c"}, absentValue = "") String channel,
            @Descriptor("every channel with an installed adapter")
            @Parameter(names = {"--all-channels", "-a"}, presentValue = "true", absentValue = "false") boolean all,
            @Descriptor("wait until every job of this publish is done or failed, then print the figures")
            @Parameter(names = {"--wait", "-w"}, presentValue = "true", absentValue = "false") boolean wait,
            @Descriptor("publish later: at HH:MM (the next such time) or at 2026-11-26T10:00, in the runtime's time zone")
            @Parameter(names = {"--at"}, absentValue = "") String at,
            @Descriptor("a batch id (see batch:list), or one or more SPU codes") String... targets)
            throws PublishException, InterruptedException {
        if (channel.isEmpty() == !all) {
            throw new IllegalArgumentException("name the channels with --channel weidian,taobao or use --all-channels (one of the two)");
        }
        if (targets.length == 0) {
            throw new IllegalArgumentException("name a batch id or SPU codes: publish 3 --all-channels");
        }
        List<String> channels = all ? List.of() : Arrays.stream(channel.split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
        Long batch = targets.length == 1 && targets[0].matches("\\d+") ? Long.valueOf(targets[0]) : null;
        List<String> spus = batch == null ? new ArrayList<>(Arrays.asList(targets)) : List.of();
        long started = System.nanoTime();
        Subject me = currentUser.of(session);
        PublishRequest request = new PublishRequest(batch, spus, channels, me.name());
        PublishSchedule schedule = this.schedule;
        if (schedule == null) {
            if (!at.isEmpty()) {
                throw new IllegalArgumentException("publishing later needs the scheduler: feature:install scheduling");
            }
            print(publishing.publish(me, request), batch, wait, me, started);
            return;
        }
        if (!at.isEmpty()) {
            ScheduledPublish scheduled = schedule.schedule(me, request, PublishTime.parse(at, Clock.systemDefaultZone()), "--at " + at);
            System.out.println("scheduled publish " + scheduled.id() + " of " + scheduled.what() + " at "
                    + PublishTime.TIME.format(scheduled.at()) + " — see schedule:list");
            return;
        }
        WindowedPublish windowed = schedule.publishInWindows(me, request);
        for (ScheduledPublish deferred : windowed.deferred()) {
            System.out.println("held back until " + PublishTime.TIME.format(deferred.at()) + " by the "
                    + deferred.reason() + ": " + deferred.request().spuCodes().size() + " products (scheduled publish "
                    + deferred.id() + ")");
        }
        print(windowed.now(), batch, wait, me, started);
    }

    private void print(PublishReport report, Long batch, boolean wait, Subject me, long started)
            throws PublishException, InterruptedException {
        if (report == null) {
            return;
        }
        System.out.print(PublishText.report(report, batch));
        if (wait && report.queued() > 0) {
            JobCounts counts = RunWait.await(publishing, progress, me, report.run(), report.queued(), "发布 " + report.queued() + " 个任务");
            System.out.print(PublishText.finished(counts, Duration.ofNanos(System.nanoTime() - started)));
        } else if (report.queued() > 0) {
            System.out.println("follow them with: jobs --wait, or jobs --channel " + report.channels().get(0));
        }
    }
}
