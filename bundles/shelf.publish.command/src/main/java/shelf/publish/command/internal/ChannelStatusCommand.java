package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

@Component(service = ChannelStatusCommand.class)
@GogoCommand(scope = "channel", function = "status")
public class ChannelStatusCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("show one channel: adapter, endpoint, health and why, queue, success rate, rate limit and concurrency")
    public void status(CommandSession session, @Descriptor("the channel id (see channel:list)") String channel) throws PublishException {
        System.out.print(PublishText.channel(publishing.channel(currentUser.of(session), channel).orElseThrow(() -> new IllegalArgumentException(
                "no channel " + channel + ": no adapter installed and no jobs — see channel:list"))));
    }
}
