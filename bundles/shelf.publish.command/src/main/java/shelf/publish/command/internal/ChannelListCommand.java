package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

@Component(service = ChannelListCommand.class)
@GogoCommand(scope = "channel", function = "list")
public class ChannelListCommand {
    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list the channels: id, name, adapter version, endpoint, health, queue depth, jobs done and failed, success rate")
    public void list(CommandSession session) throws PublishException {
        var channels = publishing.channels(currentUser.of(session));
        if (channels.isEmpty()) {
            System.out.println("No channel adapter installed and no jobs yet — install one: feature:install channel-weidian");
            return;
        }
        System.out.print(PublishText.channels(channels));
    }
}
