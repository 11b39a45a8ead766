package shelf.shell.internal.commands;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.shell.Complete;

@Component(service = BundleUninstallCommand.class)
@GogoCommand(scope = "bundle", function = "uninstall")
public class BundleUninstallCommand extends SingleBundleCommand {
    @Activate
    public BundleUninstallCommand(BundleContext context) {
        super(context);
    }

    @Descriptor("uninstall a bundle")
    public void uninstall(@Descriptor("bundle id or symbolic name") @Complete("bundle") String idOrName) throws BundleException {
        run(idOrName, "Uninstalled");
    }

    @Override
    void act(Bundle bundle) throws BundleException {
        bundle.uninstall();
        BundleActions.refresh(context(), bundle);
    }
}
