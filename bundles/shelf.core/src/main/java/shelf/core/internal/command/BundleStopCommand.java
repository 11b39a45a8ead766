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
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Complete;

@Component(service = BundleStopCommand.class)
@GogoCommand(scope = "bundle", function = "stop")
public class BundleStopCommand extends SingleBundleCommand {
    @Activate
    public BundleStopCommand(BundleContext context, @Reference CurrentUser currentUser, @Reference AuditLog audit) {
        super(context, currentUser, audit);
    }

    @Descriptor("stop a bundle")
    public void stop(CommandSession session, @Descriptor("bundle id or symbolic name") @Complete("bundle") String idOrName) throws BundleException {
        run(session, idOrName, "Stopped", "bundle:stop");
    }

    @Override
    void act(Bundle bundle) throws BundleException {
        bundle.stop();
    }
}
