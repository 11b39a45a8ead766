package shelf.core.internal.testing;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Put into a generated bundle whose start must fail. */
public class FailingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("the channel endpoint is not configured");
    }

    @Override
    public void stop(BundleContext context) {}
}
