package shelf.core.internal.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import shelf.api.runtime.BundleDiagnostics;
import shelf.core.bundles.PackageRefresh;
import shelf.core.bundles.StartFailure;
import shelf.core.bundles.MissingRequirements;

/**
 * Bundle diagnostics from the framework's own view: declared requirements against installed capabilities,
 * the last start failure the framework reported, and SCR's account of the bundle's components.
 */
@Component(service = BundleDiagnostics.class, immediate = true)
public class FrameworkBundleDiagnostics implements BundleDiagnostics, FrameworkListener {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServiceComponentRuntime scr;

    /** Bundle id → why its last start failed, as reported in FrameworkEvent.ERROR (start levels, refreshes). */
    private final Map<Long, String> lastStartFailures = new ConcurrentHashMap<>();
    private BundleContext context;

    @Activate
    public void activate(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
    }

    @Deactivate
    public void deactivate() {
        context.removeFrameworkListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == FrameworkEvent.ERROR && bundle != null && bundle.getBundleId() != 0
                && event.getThrowable() != null) {
            lastStartFailures.put(bundle.getBundleId(), StartFailure.describe(context, bundle, event.getThrowable()));
        }
    }

    @Override
    public List<String> diagnose(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            return List.of("no bundle has id " + bundleId + "; bundle:list shows the installed bundles");
        }
        String who = "bundle " + bundleId + " (" + MissingRequirements.name(bundle) + ")";
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> unresolved(bundle, who);
            case Bundle.RESOLVED -> resolved(bundle, who);
            case Bundle.STARTING -> List.of(who + " is waiting for its first class load (lazy activation)");
            case Bundle.STOPPING -> List.of(who + " is stopping");
            case Bundle.ACTIVE -> active(bundle, who);
            default -> List.of(who + " is uninstalled");
        };
    }

    private List<String> unresolved(Bundle bundle, String who) {
        List<String> missing = new MissingRequirements(context).explain(bundle);
        if (!missing.isEmpty()) {
            return missing;
        }
        if (PackageRefresh.wiring(context).resolveBundles(List.of(bundle))) {
            return List.of(who + " resolved now: what it was missing has been installed since; start it with bundle:start "
                    + bundle.getBundleId());
        }
        return List.of(who + " cannot resolve although every requirement has a provider, most likely two versions of a"
                + " package clash (a uses constraint): " + frameworkReason(bundle));
    }

    /**
     * Felix keeps the resolver's explanation to itself (resolveBundles only answers false); the one public way
     * to hear it is a start attempt. The bundle has just failed to resolve, so the attempt fails the same way;
     * should it start after all, it is stopped again so that diagnosing changes nothing.
     */
    private String frameworkReason(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "on a second attempt it resolved; start it with bundle:start " + bundle.getBundleId();
        } catch (BundleException | IllegalStateException e) {
            return "Felix says: " + StartFailure.firstLine(e.getMessage());
        }
    }

    private List<String> resolved(Bundle bundle, String who) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return List.of(who + " is a fragment: it is resolved and attached to its host; fragments are never active");
        }
        String failure = lastStartFailures.get(bundle.getBundleId());
        if (failure != null) {
            return List.of(who + " is resolved but its last start " + failure);
        }
        return List.of(who + " is resolved but not started; start it with bundle:start " + bundle.getBundleId());
    }

    private List<String> active(Bundle bundle, String who) {
        List<String> lines = new ArrayList<>();
        ServiceComponentRuntime runtime = scr;
        if (runtime != null) {
            lines.addAll(ComponentProblems.of(runtime, bundle));
        }
        if (lines.isEmpty()) {
            lines.add(who + " is active; nothing missing");
        }
        return lines;
    }
}
