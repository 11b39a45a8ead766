package shelf.provisioning.internal.feature;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.cm.ConfigurationAdmin;

import shelf.api.runtime.FeatureException;
import shelf.core.bundles.MissingRequirements;
import shelf.core.bundles.StartFailure;
import shelf.provisioning.internal.framework.BundleJar;
import shelf.provisioning.internal.framework.InvalidBundleException;
import shelf.core.bundles.PackageRefresh;

/**
 * One feature install, all or nothing: it finds every jar before touching the framework, then installs,
 * configures, resolves and starts, remembering each change so that a failure at any step undoes them all.
 */
final class FeatureInstallation {
    private static final System.Logger LOG = System.getLogger(FeatureInstallation.class.getName());

    /** A feature bundle with the jar that holds it and the bundle it became. */
    private static final class Step {
        final FeatureBundle declared;
        final Path jar;
        final BundleJar.Identity identity;
        Bundle bundle;

        Step(FeatureBundle declared, Path jar, BundleJar.Identity identity) {
            this.declared = declared;
            this.jar = jar;
            this.identity = identity;
        }

        String coordinates() {
            return declared.coordinates().toString();
        }
    }

    private final BundleContext context;
    private final MavenRepositories repositories;
    private final ConfigurationAdmin configurationAdmin;
    private final Feature feature;
    private final List<Bundle> installedHere = new ArrayList<>();
    private final List<Bundle> startedHere = new ArrayList<>();
    private ConfigurationChanges configurations;
    private boolean replaceMoved;
    private final List<Bundle> replaced = new ArrayList<>();

    /** @param configurationAdmin null when Configuration Admin is not running */
    FeatureInstallation(BundleContext context, MavenRepositories repositories, ConfigurationAdmin configurationAdmin,
            Feature feature) {
        this.context = context;
        this.repositories = repositories;
        this.configurationAdmin = configurationAdmin;
        this.feature = feature;
    }

    /**
     * Installs the feature's bundles from this distribution also where the same bundle is installed from
     * another place (a distribution that moved or was replaced by a newer one): the old one is uninstalled.
     */
    FeatureInstallation replacingMoved() {
        replaceMoved = true;
        return this;
    }

    InstalledFeature run() throws FeatureException {
        try {
            List<Step> steps = locateJars();
            installBundles(steps);
            applyConfigurations();
            resolve(steps);
            start(steps);
            return new InstalledFeature(feature.name(), feature.id().toString(), steps.stream()
                    .map(s -> new InstalledFeature.Bundle(s.coordinates(), s.identity.symbolicName(),
                            s.identity.version().toString()))
                    .toList(), List.copyOf(feature.configurations().keySet()));
        } catch (FeatureException e) {
            undo();
            throw e;
        } catch (RuntimeException e) {
            undo();
            throw new FeatureException(failure("stopped by an unexpected error: " + e), e);
        }
    }

    private List<Step> locateJars() throws FeatureException {
        List<Step> steps = new ArrayList<>();
        for (FeatureBundle declared : feature.bundles()) {
            try {
                Path jar = repositories.require(declared.coordinates());
                steps.add(new Step(declared, jar, BundleJar.identify(jar)));
            } catch (FileNotFoundException | InvalidBundleException e) {
                throw new FeatureException(failure("bundle " + declared.coordinates() + " " + e.getMessage()));
            }
        }
        if (!feature.configurations().isEmpty() && configurationAdmin == null) {
            throw new FeatureException(failure("it has configurations but Configuration Admin is not running;"
                    + " start org.apache.felix.configadmin and try again"));
        }
        return steps;
    }

    private void installBundles(List<Step> steps) throws FeatureException {
        for (Step step : steps) {
            Optional<Bundle> existing = BundleJar.findInstalled(context, step.identity);
            if (existing.isPresent() && !(replaceMoved && moved(existing.get(), step.jar))) {
                step.bundle = existing.get();
                continue;
            }
            if (existing.isPresent()) {
                try {
                    LOG.log(Level.INFO, "feature {0}: replacing {1} with {2}", feature.name(), existing.get().getLocation(),
                            location(step.jar));
                    existing.get().uninstall();
                    replaced.add(existing.get());
                } catch (BundleException e) {
                    throw new FeatureException(failure("bundle " + step.coordinates() + " installed from "
                            + existing.get().getLocation() + " cannot be replaced: " + StartFailure.firstLine(e.getMessage())), e);
                }
            }
            try {
                // "reference:" makes Felix use the jar where it is instead of copying it into its cache.
                step.bundle = context.installBundle(location(step.jar));
                installedHere.add(step.bundle);
            } catch (BundleException e) {
                throw new FeatureException(failure("bundle " + step.coordinates() + " cannot be installed: "
                        + StartFailure.firstLine(e.getMessage())), e);
            }
        }
    }

    /** Where a bundle of this distribution is installed from: "reference:" makes Felix use the jar where it is. */
    static String location(Path jar) {
        return "reference:" + jar.toUri();
    }

    /** Whether {@code bundle} was installed from another place than {@code jar}. */
    static boolean moved(Bundle bundle, Path jar) {
        return !location(jar).equals(bundle.getLocation());
    }

    private void applyConfigurations() throws FeatureException {
        if (feature.configurations().isEmpty()) {
            return;
        }
        configurations = new ConfigurationChanges(configurationAdmin);
        for (Map.Entry<String, Map<String, Object>> pid : feature.configurations().entrySet()) {
            try {
                configurations.apply(pid.getKey(), pid.getValue());
            } catch (IOException | RuntimeException e) {
                throw new FeatureException(failure("configuration " + pid.getKey() + " cannot be applied: "
                        + e.getMessage()), e);
            }
        }
    }

    private void resolve(List<Step> steps) throws FeatureException {
        if (!replaced.isEmpty() && !PackageRefresh.refreshAndWait(context, replaced)) {
            LOG.log(Level.WARNING, "feature {0}: the framework did not finish refreshing the replaced bundles in time",
                    feature.name());
        }
        List<Bundle> bundles = steps.stream().map(s -> s.bundle).toList();
        if (PackageRefresh.wiring(context).resolveBundles(bundles)) {
            return;
        }
        for (Step step : steps) {
            if (step.bundle.getState() != Bundle.INSTALLED) {
                continue;
            }
            List<String> missing = new MissingRequirements(context).explain(step.bundle);
            if (!missing.isEmpty()) {
                throw new FeatureException(failure("bundle " + step.coordinates() + " could not resolve: "
                        + String.join("; ", missing)));
            }
            // Nothing is plainly missing (a uses conflict, say): starting makes Felix give its own reason.
            startOne(step);
        }
    }

    private void start(List<Step> steps) throws FeatureException {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(s -> s.declared.startOrder()));
        for (Step step : ordered) {
            startOne(step);
        }
    }

    private void startOne(Step step) throws FeatureException {
        Bundle bundle = step.bundle;
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        boolean fragment = revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        if (fragment || bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.STARTING) {
            return;
        }
        try {
            bundle.start();
            if (!installedHere.contains(bundle)) {
                startedHere.add(bundle);
            }
        } catch (BundleException | IllegalStateException e) {
            String verb = StartFailure.describe(context, bundle, e);
            throw new FeatureException(failure("bundle " + step.coordinates() + " " + verb), e);
        }
    }

    /** Puts the runtime back as it was: stop what was started, uninstall what was installed, restore configuration. */
    private void undo() {
        for (int i = startedHere.size() - 1; i >= 0; i--) {
            try {
                startedHere.get(i).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.log(Level.WARNING, "rollback of feature {0}: could not stop {1}: {2}", feature.name(),
                        startedHere.get(i), e.getMessage());
            }
        }
        for (int i = installedHere.size() - 1; i >= 0; i--) {
            try {
                installedHere.get(i).uninstall();
            } catch (BundleException | IllegalStateException e) {
                LOG.log(Level.WARNING, "rollback of feature {0}: could not uninstall {1}: {2}", feature.name(),
                        installedHere.get(i), e.getMessage());
            }
        }
        if (configurations != null) {
            configurations.undo();
        }
        if (!installedHere.isEmpty() && !PackageRefresh.refreshAndWait(context, installedHere)) {
            LOG.log(Level.WARNING, "rollback of feature {0}: the framework did not finish refreshing in time",
                    feature.name());
        }
    }

    private String failure(String what) {
        return "feature " + feature.name() + ": " + what;
    }
}
