package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

@Component(service = JobShowCommand.class)
@GogoCommand(scope = "job", function = "show")
public class JobShowCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("show a publishing job: product, channel, state, attempts, the platform's listing id and its last error")
    public void show(CommandSession session, @Descriptor("the job id (see jobs)") long id) throws PublishException {
        System.out.print(PublishText.job(publishing.job(currentUser.of(session), id)
                .orElseThrow(() -> new IllegalArgumentException("no job " + id + " — see jobs"))));
    }
}
