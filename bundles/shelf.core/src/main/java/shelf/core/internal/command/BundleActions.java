package shelf.core.internal.command;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

import shelf.api.runtime.BundleDiagnostics;

/** Starting and refreshing bundles the way a person expects from a shell command. */
final class BundleActions {
    private BundleActions() {}

    static void start(Bundle bundle, BundleDiagnostics diagnostics) {
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new IllegalStateException(BundleArgument.describe(bundle) + " did not start: "
                    + String.join("; ", diagnostics.diagnose(bundle.getBundleId())), e);
        }
    }

    /**
     * Lets the framework drop the old revision of an updated or uninstalled bundle and rewire the
     * bundles that used it, and waits for that, so the next command sees the result.
     */
    static void refresh(BundleContext context, Bundle bundle) throws BundleException {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                throw new BundleException("refreshing " + BundleArgument.describe(bundle) + " took more than 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
