package shelf.shell.internal.commands;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** What the commands acting on one bundle share: finding it by id or name, and saying what was done. */
abstract class SingleBundleCommand {
    private final BundleContext context;

    SingleBundleCommand(BundleContext context) {
        this.context = context;
    }

    /** Acts on the bundle and prints "{@code done} bundle 12 name version". */
    final void run(String idOrName, String done) throws BundleException {
        Bundle bundle = BundleArgument.find(context, idOrName);
        if (bundle.getBundleId() == 0) {
            throw new IllegalArgumentException("bundle 0 is the framework itself — use ./shelf stop to stop Shelf");
        }
        String name = BundleArgument.describe(bundle);
        act(bundle);
        System.out.println(done + " " + name);
    }

    final BundleContext context() {
        return context;
    }

    abstract void act(Bundle bundle) throws BundleException;
}
