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

@Component(service = BundleUpdateCommand.class)
@GogoCommand(scope = "bundle", function = "update")
public class BundleUpdateCommand extends SingleBundleCommand {
    @Activate
    public BundleUpdateCommand(BundleContext context, @Reference CurrentUser currentUser, @Reference AuditLog audit) {
        super(context, currentUser, audit);
    }

    @Descriptor("update a bundle from its location (the jar it was installed from)")
    public void update(CommandSession session, @Descriptor("bundle id or symbolic name") @Complete("bundle") String idOrName) throws BundleException {
        run(session, idOrName, "Updated", "bundle:update");
    }

    @Override
    void act(Bundle bundle) throws BundleException {
        bundle.update();
        BundleActions.refresh(context(), bundle);
    }
}
