package shelf.channel.sandbox.internal;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code sandbox:reset}: empty shops, no faults, fresh tokens. */
@Component(service = SandboxResetCommand.class)
@GogoCommand(scope = "sandbox", function = "reset")
public class SandboxResetCommand {
    @Reference
    Sandbox sandbox;

    @Descriptor("clear every simulated shop's listings, the faults, the issued tokens and the counters")
    public void reset() {
        int removed = sandbox.reset();
        System.out.println("sandbox reset: " + removed + (removed == 1 ? " listing" : " listings") + " removed, faults cleared");
    }
}
