package shelf.core.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditLog;
import shelf.api.runtime.BundleDiagnostics;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Complete;

@Component(service = BundleStartCommand.class)
@GogoCommand(scope = "bundle", function = "start")
public class BundleStartCommand extends SingleBundleCommand {
    @Reference
    BundleDiagnostics diagnostics;

    @Activate
    public BundleStartCommand(BundleContext context, @Reference CurrentUser currentUser, @Reference AuditLog audit) {
        super(context, currentUser, audit);
    }

    @Descriptor("start a bundle; says what is missing when it cannot")
    public void start(CommandSession session, @Descriptor("bundle id or symbolic name") @Complete("bundle") String idOrName) throws BundleException {
        run(session, idOrName, "Started", "bundle:start");
    }

    @Override
    void act(Bundle bundle) throws BundleException {
        BundleActions.start(bundle, diagnostics);
    }
}
