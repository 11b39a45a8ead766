package shelf.channel.sandbox.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.shell.CurrentUser;

/** {@code sandbox:reset}: empty shops, no faults, fresh tokens. */
@Component(service = SandboxResetCommand.class)
@GogoCommand(scope = "sandbox", function = "reset")
public class SandboxResetCommand {
    @Reference
    Sandbox sandbox;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    @Descriptor("clear every simulated shop's listings, the faults, the issued tokens and the counters")
    public void reset(CommandSession session) {
        String name = currentUser.of(session).name();
        int removed = sandbox.reset();
        audit.append(AuditEntry.of(name, "sandbox:reset", List.of("sandbox:all"), "", "empty",
                removed + (removed == 1 ? " listing" : " listings") + " removed, faults cleared, tokens revoked"));
        System.out.println("sandbox reset: " + removed + (removed == 1 ? " listing" : " listings") + " removed, faults cleared");
    }
}
