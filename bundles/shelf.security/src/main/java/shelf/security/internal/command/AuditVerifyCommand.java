package shelf.security.internal.command;

import java.io.IOException;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditLog;

@Component(service = AuditVerifyCommand.class)
@GogoCommand(scope = "audit", function = "verify")
public class AuditVerifyCommand {
    @Reference
    AuditLog audit;

    @Descriptor("check that no line of the audit trail was changed, removed or cut off, and that the file was not "
            + "emptied, deleted or rewritten; says what was done to it")
    public void verify() throws IOException {
        AuditCheck check = audit.verify();
        if (!check.intact()) {
            throw new IllegalStateException(check.message()); // a failed verify ends shelf -c with status 1
        }
        System.out.println(check.message());
    }
}
