package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.publish.ChannelCheck;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.shell.CurrentUser;

@Component(service = ChannelCheckCommand.class)
@GogoCommand(scope = "channel", function = "check")
public class ChannelCheckCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("check a channel's settings against its platform: get a token, make one harmless read, say what the platform answered")
    public void check(CommandSession session, @Descriptor("the channel id (see channel:list)") String channel) throws PublishException {
        ChannelCheck check = publishing.check(currentUser.of(session), channel);
        if (!check.ok()) {
            // an error, not a line of text, so a script (shelf run …) sees that the check failed
            throw new IllegalStateException(PublishText.check(check).strip());
        }
        System.out.print(PublishText.check(check));
    }
}
