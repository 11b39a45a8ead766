package shelf.publish.command.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.security.Subject;
import shelf.api.shell.ProgressService;

/** {@code jobs [--state S] [--channel C] [--batch N] [--run N] [--wait]}. */
@Component(service = JobsCommand.class)
@GogoCommand(scope = "publish", function = "jobs")
public class JobsCommand {
    @Reference
    ProgressService progress;

    @Reference
    CurrentUser currentUser;

    @Reference
    PublishService publishing;

    @Descriptor("list publishing jobs, newest first, with the platform's reason for each failure, then the count in each state")
    public void jobs(CommandSession session,
            @Descriptor("only jobs in this state: pending, running, done, failed, cancelled")
            @Parameter(names = {"--state", "-s"}, absentValue = "") String state,
            @Descriptor("only this channel's jobs")
            @Parameter(names = {"--channel", "-c"}, absentValue = "") String channel,
            @Descriptor("only the jobs of this batch's products")
            @Parameter(names = {"--batch", "-b"}, absentValue = "0") long batch,
            @Descriptor("only the jobs of this publish run (publish prints its number: \"queued 4 jobs (run 7)\")")
            @Parameter(names = {"--run", "-r"}, absentValue = "0") long run,
            @Descriptor("first wait until no job is pending or running")
            @Parameter(names = {"--wait", "-w"}, presentValue = "true", absentValue = "false") boolean wait,
            @Descriptor("show at most this many (0: all)")
            @Parameter(names = {"--limit", "-n"}, absentValue = "20") int limit) throws PublishException, InterruptedException {
        JobState only = state.isEmpty() ? null : JobState.parse(state);
        Subject me = currentUser.of(session);
        if (wait) {
            JobCounts now = publishing.counts(me, 0);
            long waiting = now.pending() + now.running();
            RunWait.await(publishing, progress, me, 0, waiting, "等待 " + waiting + " 个任务");
        }
        JobQuery query = new JobQuery(only, channel, run, Math.max(0, limit));
        List<Job> jobs = publishing.jobs(me, query, batch);
        if (!jobs.isEmpty()) {
            System.out.print(PublishText.jobs(jobs));
        }
        // the counts of the same jobs: of the batch, the run and the channel asked for
        System.out.println(batch == 0 && channel.isEmpty() ? publishing.counts(me, run) : publishing.counts(me, query, batch));
    }
}
