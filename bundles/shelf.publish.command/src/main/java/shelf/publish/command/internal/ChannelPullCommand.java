package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.publish.ListingSync;

@Component(service = ChannelPullCommand.class)
@GogoCommand(scope = "channel", function = "pull")
public class ChannelPullCommand {
    @Reference
    ListingSync sync;

    @Reference
    CurrentUser currentUser;

    @Descriptor("bring a shop's listings on a channel into the catalogue as a batch (keyed by outer id); they count as live there")
    public void pull(CommandSession session,
            @Descriptor("the merchant to store them under (default: the channel's id)")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("the channel (see channel:list)") String channel) throws PublishException {
        System.out.print(PublishText.pulled(sync.pull(currentUser.of(session), channel, merchant)));
    }
}
