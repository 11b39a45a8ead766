package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.Job;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

@Component(service = JobRetryCommand.class)
@GogoCommand(scope = "job", function = "retry")
public class JobRetryCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("queue a failed or cancelled job again (it looks the listing up before creating it), or every failed job with --failed")
    public void retry(CommandSession session,
            @Descriptor("every failed job")
            @Parameter(names = {"--failed", "-f"}, presentValue = "true", absentValue = "false") boolean failed,
            @Descriptor("the job id (see jobs --state failed)") long... ids) throws PublishException {
        if (failed == (ids.length > 0)) {
            throw new IllegalArgumentException("name a job id, or use --failed for every failed job");
        }
        if (failed) {
            int n = publishing.retryFailed(currentUser.of(session));
            System.out.println(n == 1 ? "1 failed job queued again" : n + " failed jobs queued again");
            return;
        }
        for (long id : ids) {
            Job job = publishing.retry(currentUser.of(session), id);
            System.out.println("job " + id + " (" + job.channel() + " " + job.spuCode() + ") queued again");
        }
    }
}
