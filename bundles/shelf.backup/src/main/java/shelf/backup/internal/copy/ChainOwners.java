package shelf.backup.internal.copy;

import java.net.URL;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The bundles that keep tables bring their migration chains up to date when their components first activate, and
 * Declarative Services activates a component when its service is first used: on a node just started on PostgreSQL,
 * the schedule's tables, say, are not there until something asks for the schedule. Before the chains of the H2
 * file and of PostgreSQL are compared, every service of every active bundle that ships migration scripts
 * (db/V{n}__{what}.sql, as {@code Database.migrate} asks) is taken once, so each has applied its chain.
 */
final class ChainOwners {
    private ChainOwners() {
    }

    static void wake(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE || !hasMigrations(bundle)) {
                continue;
            }
            ServiceReference<?>[] services = bundle.getRegisteredServices();
            for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
                if (context.getService(service) != null) { // null: it failed to activate, and says why in the log
                    context.ungetService(service);
                }
            }
        }
    }

    private static boolean hasMigrations(Bundle bundle) {
        Enumeration<URL> scripts = bundle.findEntries("/", "V*__*.sql", true);
        return scripts != null && scripts.hasMoreElements();
    }
}
