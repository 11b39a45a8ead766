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

/** {@code jobs [--state S] [--channel C] [--wait]}. */
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
        List<Job> jobs = publishing.jobs(me, new JobQuery(only, channel, 0, Math.max(0, limit)));
        if (!jobs.isEmpty()) {
            System.out.print(PublishText.jobs(jobs));
        }
        System.out.println(publishing.counts(me, 0));
    }
}
