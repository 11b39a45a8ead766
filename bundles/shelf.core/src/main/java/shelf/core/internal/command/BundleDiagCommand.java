package shelf.core.internal.command;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.BundleDiagnostics;
import shelf.api.shell.Complete;

@Component(service = BundleDiagCommand.class)
@GogoCommand(scope = "bundle", function = "diag")
public class BundleDiagCommand {
    private final BundleContext context;

    @Reference
    BundleDiagnostics diagnostics;

    @Activate
    public BundleDiagCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("say why a bundle is not active: missing packages or capabilities and the closest installed bundle")
    public void diag(@Descriptor("bundle id or symbolic name") @Complete("bundle") String idOrName) {
        Bundle bundle = BundleArgument.find(context, idOrName);
        System.out.println(BundleArgument.describe(bundle) + " — " + BundleArgument.state(bundle));
        diagnostics.diagnose(bundle.getBundleId()).forEach(line -> System.out.println("  " + line));
    }
}
