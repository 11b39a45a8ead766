package shelf.core.bundles;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Refreshes bundles and waits until the framework has done it: refreshBundles is asynchronous, and a
 * caller that reports "uninstalled" or rolls back must not return while old wirings are still in use.
 */
public final class PackageRefresh {
    private static final long TIMEOUT_SECONDS = 60;

    private PackageRefresh() {}

    /** Refreshes the given bundles and what depends on them; false when the framework did not finish in time. */
    public static boolean refreshAndWait(BundleContext context, Collection<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        // The listener given to refreshBundles hears only the PACKAGES_REFRESHED of this refresh.
        wiring(context).refreshBundles(bundles, event -> done.countDown());
        try {
            return done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static FrameworkWiring wiring(BundleContext context) {
        return context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
    }
}
