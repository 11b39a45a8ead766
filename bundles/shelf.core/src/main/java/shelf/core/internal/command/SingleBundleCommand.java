package shelf.core.internal.command;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.shell.CurrentUser;

/**
 * What the commands acting on one bundle share: finding it by id or name, saying what was done, and
 * recording it in the audit trail.
 */
abstract class SingleBundleCommand {
    private final BundleContext context;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    SingleBundleCommand(BundleContext context, CurrentUser currentUser, AuditLog audit) {
        this.context = context;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Acts on the bundle, prints "{@code done} bundle 12 name version" and appends {@code command} to the audit trail. */
    final void run(CommandSession session, String idOrName, String done, String command) throws BundleException {
        Bundle bundle = BundleArgument.find(context, idOrName);
        if (bundle.getBundleId() == 0) {
            throw new IllegalArgumentException("bundle 0 is the framework itself — use ./shelf stop to stop Shelf");
        }
        String name = BundleArgument.describe(bundle);
        String before = bundle.getVersion().toString();
        act(bundle);
        audit.append(AuditEntry.of(currentUser.of(session).name(), command, List.of("bundle:" + bundle.getSymbolicName()),
                before, bundle.getState() == Bundle.UNINSTALLED ? "" : bundle.getVersion().toString(), name));
        System.out.println(done + " " + name);
    }

    final BundleContext context() {
        return context;
    }

    abstract void act(Bundle bundle) throws BundleException;
}
