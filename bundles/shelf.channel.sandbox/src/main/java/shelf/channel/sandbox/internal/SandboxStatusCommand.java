package shelf.channel.sandbox.internal;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.Table;

/** {@code sandbox:status}: where the simulators listen and what each has seen. */
@Component(service = SandboxStatusCommand.class)
@GogoCommand(scope = "sandbox", function = "status")
public class SandboxStatusCommand {
    @Reference
    Sandbox sandbox;

    @Descriptor("show where the marketplace simulators listen and, per channel, requests, injected faults, listings, the most requests in one second and the fault settings")
    public void status() {
        System.out.println("sandbox listening on " + sandbox.base() + " (port " + sandbox.base().getPort() + ")");
        Table table = new Table("Channel", "Endpoint", "Requests", "Faults injected", "Listings", "Duplicates", "Peak/s", "Faults");
        for (Marketplace market : sandbox.markets("all")) {
            table.row(market.channel(), sandbox.base() + "/" + market.channel(), market.requests.sum(), market.injected.sum(),
                    market.store.count(), market.store.duplicates(), market.rate.peak(), market.faults.describe());
        }
        System.out.print(table);
    }
}
