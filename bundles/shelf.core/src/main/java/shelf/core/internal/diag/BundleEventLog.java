package shelf.core.internal.diag;

import java.lang.System.Logger.Level;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Writes every bundle's installs, updates, starts and stops to the log ("bundle shelf.publish 0.1.0:
 * stopped"), so an operator can see afterwards what an update or a feature change restarted, and what not.
 */
@Component(immediate = true, service = {})
public class BundleEventLog implements BundleListener {
    private static final System.Logger LOG = System.getLogger("shelf.bundles");
    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String what = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "installed";
            case BundleEvent.UPDATED -> "updated";
            case BundleEvent.STARTED -> "started";
            case BundleEvent.STOPPED -> "stopped";
            case BundleEvent.UNINSTALLED -> "uninstalled";
            default -> null;
        };
        if (what != null) {
            LOG.log(Level.INFO, "bundle {0} {1}: {2}", event.getBundle().getSymbolicName(), event.getBundle().getVersion(), what);
        }
    }
}
