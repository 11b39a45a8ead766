package shelf.shell.internal.audit;

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

    @Descriptor("check that no line of the audit trail was changed or removed; names the first bad line")
    public void verify() throws IOException {
        AuditCheck check = audit.verify();
        if (!check.intact()) {
            throw new IllegalStateException("audit.log line " + check.firstBadLine() + " " + check.problem());
        }
        System.out.println("audit.log is intact: " + check.lines() + " lines, each chained to the one before");
    }
}
