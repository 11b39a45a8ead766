package shelf.provisioning.internal.deploy;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.deploy.DeployHandler;
import shelf.api.security.Subject;
import shelf.core.bundles.StartFailure;
import shelf.provisioning.internal.framework.BundleJar;
import shelf.core.bundles.PackageRefresh;

/**
 * Deploys bundle jars. A jar is installed with the location "deploy:" + its file name, which is how the
 * update and the uninstall of the same file find the bundle again, also after a restart. Each bundle
 * installed, updated or removed is audited as done by "system", with the file in the detail.
 */
@Component(service = DeployHandler.class, property = DeployHandler.KIND + "=bundle")
public class BundleDeployHandler implements DeployHandler {
    private static final System.Logger LOG = System.getLogger(BundleDeployHandler.class.getName());
    static final String LOCATION_PREFIX = "deploy:";

    private BundleContext context;

    /** Mandatory: the handler is offered to the deploy watcher only once every change it makes can be audited. */
    @Reference
    AuditLog audit;

    @Activate
    public void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    @Override
    public String install(Path file) throws Exception {
        String name = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        BundleJar.Identity identity = BundleJar.check(name, content);
        Bundle existing = context.getBundle(location(file));
        if (existing != null) {
            // Installed from this file before data/deploy.json was lost: the file's content wins.
            return replace(existing, content, name);
        }
        Optional<Bundle> same = BundleJar.findInstalled(context, identity);
        if (same.isPresent()) {
            throw new IllegalStateException(identity + " is already installed as bundle " + same.get().getBundleId()
                    + " (from " + same.get().getLocation() + "); uninstall that one or give " + name
                    + " another Bundle-Version");
        }
        Bundle bundle = context.installBundle(location(file), BundleJar.stream(content));
        try {
            bundle.start();
        } catch (BundleException | IllegalStateException e) {
            String reason = StartFailure.describe(context, bundle, e);
            uninstallQuietly(bundle);
            throw new IllegalStateException(identity + " " + reason + "; it was uninstalled again", e);
        }
        audited("bundle:install", bundle, "", name);
        return describe(bundle);
    }

    @Override
    public String update(Path file) throws Exception {
        String name = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        BundleJar.check(name, content);
        Bundle bundle = context.getBundle(location(file));
        return bundle == null ? install(file) : replace(bundle, content, name);
    }

    @Override
    public void uninstall(Path file) throws Exception {
        Bundle bundle = context.getBundle(location(file));
        if (bundle != null) {
            String before = bundle.getVersion().toString();
            bundle.uninstall();
            audited("bundle:uninstall", bundle, before, file.getFileName().toString());
            PackageRefresh.refreshAndWait(context, List.of(bundle));
        }
    }

    /** Updates the bundle in place; if the new content will not start, the old content is put back. */
    private String replace(Bundle bundle, byte[] content, String name) throws Exception {
        byte[] previous = BundleContentSnapshot.of(bundle);
        String before = bundle.getVersion().toString();
        String failure;
        try {
            bundle.update(BundleJar.stream(content));
            failure = refreshAndStart(bundle);
        } catch (BundleException | IllegalStateException e) {
            // Felix restarts an active bundle inside update(), so a new version that cannot start throws here.
            failure = StartFailure.describe(context, bundle, e);
        }
        if (failure == null) {
            audited("bundle:update", bundle, before, name);
            return describe(bundle);
        }
        try {
            bundle.update(BundleJar.stream(previous));
            String again = refreshAndStart(bundle);
            if (again != null) {
                LOG.log(Level.WARNING, "deploy/{0}: the previous version was put back but does not start: {1}", name, again);
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "deploy/{0}: the previous version could not be put back: {1}", name, e.getMessage());
        }
        throw new IllegalStateException("the new " + name + " " + failure + "; the previous version was put back");
    }

    /** Null when the bundle is active (or a fragment) after the refresh, otherwise why it is not. */
    private String refreshAndStart(Bundle bundle) {
        PackageRefresh.refreshAndWait(context, List.of(bundle));
        if (isFragment(bundle) || bundle.getState() == Bundle.ACTIVE) {
            return null;
        }
        try {
            bundle.start();
            return null;
        } catch (BundleException | IllegalStateException e) {
            return StartFailure.describe(context, bundle, e);
        }
    }

    /** One audit line: "system" did {@code command} to the bundle from deploy/{@code fileName}. */
    private void audited(String command, Bundle bundle, String before, String fileName) {
        String after = bundle.getState() == Bundle.UNINSTALLED ? "" : bundle.getVersion().toString();
        audit.append(AuditEntry.of(Subject.SYSTEM.name(), command, List.of("bundle:" + bundle.getSymbolicName()), before,
                after, "deploy/" + fileName));
    }

    private void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
            PackageRefresh.refreshAndWait(context, List.of(bundle));
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not uninstall {0} after its failed start: {1}", bundle, e.getMessage());
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
    }

    /** "bundle 12 com.acme.x 1.2.0 active". */
    static String describe(Bundle bundle) {
        String state = switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.INSTALLED -> "installed";
            default -> "state " + bundle.getState();
        };
        return "bundle " + bundle.getBundleId() + " " + bundle.getSymbolicName() + " " + bundle.getVersion() + " " + state;
    }

    static String location(Path file) {
        return LOCATION_PREFIX + file.getFileName();
    }

}
