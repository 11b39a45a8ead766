package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.Job;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

@Component(service = JobCancelCommand.class)
@GogoCommand(scope = "job", function = "cancel")
public class JobCancelCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("cancel a pending job; job:retry queues it again")
    public void cancel(CommandSession session, @Descriptor("the job id (see jobs --state pending)") long id) throws PublishException {
        Job job = publishing.cancel(currentUser.of(session), id);
        System.out.println("job " + id + " (" + job.channel() + " " + job.spuCode() + ") cancelled");
    }
}
