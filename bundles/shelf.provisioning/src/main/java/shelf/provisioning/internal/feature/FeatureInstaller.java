package shelf.provisioning.internal.feature;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.runtime.FeatureService;
import shelf.api.runtime.FeatureSummary;
import shelf.provisioning.internal.framework.BundleJar;
import shelf.core.bundles.PackageRefresh;
import shelf.provisioning.internal.framework.ShelfProperties;
import shelf.provisioning.internal.framework.InvalidBundleException;

/**
 * Features from the distribution's features/ and SHELF_HOME/etc/features, installed all or nothing and
 * remembered in SHELF_HOME/data/features.json. The boot feature counts as always installed.
 */
@Component(service = {FeatureService.class, FeatureInstaller.class})
public class FeatureInstaller implements FeatureService {
    private static final System.Logger LOG = System.getLogger(FeatureInstaller.class.getName());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ConfigurationAdmin configurationAdmin;

    private BundleContext context;
    private FeatureCatalog catalog;
    private MavenRepositories repositories;
    private InstalledFeatures installed;
    private String bootFeature;

    @Activate
    public void activate(BundleContext context) {
        ShelfProperties properties = new ShelfProperties(context);
        List<Path> folders = new ArrayList<>();
        properties.dist().ifPresent(dist -> folders.add(dist.resolve("features")));
        folders.add(properties.home().resolve("etc").resolve("features"));
        this.context = context;
        this.catalog = new FeatureCatalog(folders);
        this.repositories = MavenRepositories.parse(properties.repositories());
        this.installed = new InstalledFeatures(properties.home().resolve("data").resolve(InstalledFeatures.FILE_NAME));
        this.bootFeature = properties.bootFeature();
        installed.load();
    }

    @Override
    public List<FeatureSummary> list() {
        return catalog.all().values().stream().map(this::summary).toList();
    }

    @Override
    public Optional<FeatureDetail> info(String name) {
        return catalog.find(name).map(this::detail);
    }

    @Override
    public synchronized FeatureDetail install(String name) throws FeatureException {
        FeatureFile file = known(name);
        Feature feature = file.feature();
        if (isInstalled(feature.name())) {
            List<String> missing = missingBundles(feature.name());
            if (missing.isEmpty()) {
                LOG.log(Level.INFO, "feature {0} is already installed; nothing to do", feature.name());
                return detail(file);
            }
            LOG.log(Level.INFO, "feature {0} is installed but lacks {1}: installing them again", feature.name(), missing);
        }
        InstalledFeature result = new FeatureInstallation(context, repositories, configurationAdmin, feature).run();
        try {
            installed.put(result);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "feature {0} is installed but could not be remembered in features.json: {1}",
                    feature.name(), e.getMessage());
        }
        LOG.log(Level.INFO, "feature {0} installed: {1} bundles", feature.name(), result.bundles().size());
        return detail(file);
    }

    /**
     * At start: each remembered feature as its file in this distribution says — for a home an older or a
     * moved distribution last ran. A feature whose bundles are missing, or installed from another place than
     * this distribution's, is installed again from here; one this distribution no longer has is taken out
     * with the bundles no other feature needs.
     *
     * @return the names of the remembered features this distribution no longer has
     */
    public synchronized List<String> bringUpToDate() {
        List<String> gone = new ArrayList<>();
        Map<String, FeatureFile> catalogue = catalog.all(); // read once: every start comes here
        for (InstalledFeature record : installed.all()) {
            Optional<FeatureFile> file = Optional.ofNullable(catalogue.get(record.name())).filter(f -> !f.malformed());
            try {
                if (file.isEmpty()) {
                    List<String> problems = removeBundles(record);
                    installed.remove(record.name());
                    gone.add(record.name());
                    LOG.log(Level.WARNING, "feature {0} is not in this distribution any more: its bundles are uninstalled{1}",
                            record.name(), problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")");
                } else if (outOfDate(file.get().feature())) {
                    installed.put(new FeatureInstallation(context, repositories, configurationAdmin, file.get().feature())
                            .replacingMoved().run());
                    LOG.log(Level.INFO, "feature {0} brought up to date with this distribution", record.name());
                }
            } catch (FeatureException | IOException | RuntimeException e) {
                // one feature that cannot be brought up to date must not keep the others or the runtime from starting
                LOG.log(Level.ERROR, "feature {0} could not be brought up to date: {1}", record.name(), e.getMessage());
            }
        }
        return gone;
    }

    /** Whether a bundle of the feature is missing or installed from another place than this distribution. */
    private boolean outOfDate(Feature feature) {
        for (FeatureBundle declared : feature.bundles()) {
            try {
                Path jar = repositories.require(declared.coordinates());
                if (context.getBundle(FeatureInstallation.location(jar)) != null) {
                    continue; // installed from this very file: no need to open the jar (every start checks)
                }
                Optional<Bundle> bundle = BundleJar.findInstalled(context, BundleJar.identify(jar));
                if (bundle.isEmpty() || FeatureInstallation.moved(bundle.get(), jar)) {
                    return true;
                }
            } catch (java.io.FileNotFoundException | shelf.provisioning.internal.framework.InvalidBundleException e) {
                return true; // the installation says what is wrong with it
            }
        }
        return false;
    }

    /** The names of the features installed, as remembered in data/features.json. */
    public synchronized List<String> installedNames() {
        return installed.all().stream().map(InstalledFeature::name).toList();
    }

    @Override
    public synchronized List<String> missingBundles(String name) {
        return catalog.find(name).filter(f -> !f.malformed()).flatMap(f -> installed.get(f.feature().name()))
                .map(record -> record.bundles().stream().filter(b -> find(b) == null)
                        .map(b -> b.symbolicName() + " " + b.version()).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized FeatureDetail uninstall(String name) throws FeatureException {
        FeatureFile file = known(name);
        String shortName = file.feature().name();
        if (shortName.equals(bootFeature)) {
            throw new FeatureException("feature " + shortName + " is the boot feature and is always installed");
        }
        Optional<InstalledFeature> record = installed.get(shortName);
        if (record.isEmpty()) {
            LOG.log(Level.INFO, "feature {0} is not installed; nothing to do", shortName);
            return detail(file);
        }
        List<String> problems = removeBundles(record.get());
        problems.addAll(removeConfigurations(record.get()));
        try {
            installed.remove(shortName);
        } catch (IOException e) {
            problems.add("features.json could not be written (" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new FeatureException("feature " + shortName + " is uninstalled, but " + String.join("; ", problems));
        }
        LOG.log(Level.INFO, "feature {0} uninstalled", shortName);
        return detail(file);
    }

    /** Stops and uninstalls the feature's bundles that no other installed feature names. */
    private List<String> removeBundles(InstalledFeature feature) {
        Set<String> stillNeeded = new HashSet<>();
        for (InstalledFeature other : installed.all()) {
            if (!other.name().equals(feature.name())) {
                other.bundles().forEach(b -> {
                    stillNeeded.add(b.coordinates());
                    stillNeeded.add(b.symbolicName() + " " + b.version());
                });
            }
        }
        catalog.find(bootFeature).filter(f -> !f.malformed())
                .ifPresent(boot -> boot.feature().bundles().forEach(b -> stillNeeded.add(b.coordinates().toString())));
        List<Bundle> remove = new ArrayList<>();
        for (InstalledFeature.Bundle declared : feature.bundles()) {
            if (stillNeeded.contains(declared.coordinates())
                    || stillNeeded.contains(declared.symbolicName() + " " + declared.version())) {
                continue;
            }
            Bundle bundle = find(declared);
            if (bundle != null && bundle.getBundleId() != context.getBundle().getBundleId()) {
                remove.add(0, bundle); // reverse order: the last started stops first
            }
        }
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : remove) {
            try {
                bundle.uninstall();
            } catch (BundleException | IllegalStateException e) {
                problems.add("bundle " + bundle.getSymbolicName() + " could not be uninstalled (" + e.getMessage() + ")");
            }
        }
        if (!remove.isEmpty()) {
            PackageRefresh.refreshAndWait(context, remove);
        }
        return problems;
    }

    private List<String> removeConfigurations(InstalledFeature feature) {
        List<String> problems = new ArrayList<>();
        ConfigurationAdmin admin = configurationAdmin;
        Set<String> stillNeeded = new HashSet<>();
        installed.all().stream().filter(f -> !f.name().equals(feature.name()))
                .forEach(f -> stillNeeded.addAll(f.configurations()));
        for (String pid : feature.configurations()) {
            if (stillNeeded.contains(pid)) {
                continue;
            }
            if (admin == null) {
                problems.add("configuration " + pid + " stays: Configuration Admin is not running");
                continue;
            }
            try {
                ConfigurationChanges.delete(admin, pid);
            } catch (IOException | RuntimeException e) {
                problems.add("configuration " + pid + " could not be deleted (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    private Bundle find(InstalledFeature.Bundle declared) {
        for (Bundle bundle : context.getBundles()) {
            if (declared.symbolicName().equals(bundle.getSymbolicName())
                    && Version.parseVersion(declared.version()).equals(bundle.getVersion())) {
                return bundle;
            }
        }
        return null;
    }

    private FeatureFile known(String name) throws FeatureException {
        FeatureFile file = catalog.find(name).orElseThrow(() -> new FeatureException(
                "no feature is named " + name + "; feature:list shows the features there are"));
        if (file.malformed()) {
            throw new FeatureException("feature " + name + " cannot be used: " + file.problem());
        }
        return file;
    }

    private boolean isInstalled(String name) {
        return name.equals(bootFeature) || installed.get(name).isPresent();
    }

    private FeatureSummary summary(FeatureFile file) {
        if (file.malformed()) {
            return new FeatureSummary(file.name(), "", "", "malformed: " + file.problem(), false);
        }
        Feature feature = file.feature();
        String description = feature.description().isEmpty() ? feature.title() : feature.description();
        return new FeatureSummary(feature.name(), feature.id().toString(), feature.id().version(), description,
                isInstalled(feature.name()));
    }

    private FeatureDetail detail(FeatureFile file) {
        if (file.malformed()) {
            return new FeatureDetail(summary(file), List.of(), Map.of());
        }
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        file.feature().configurations().forEach((pid, properties) -> configurations.put(pid, readable(properties)));
        return new FeatureDetail(summary(file),
                file.feature().bundles().stream().map(b -> b.coordinates().toString()).toList(), configurations);
    }

    /** Arrays become lists, so whoever prints the detail shows the values rather than [Ljava.lang.String;@1f. */
    private static Map<String, Object> readable(Map<String, Object> properties) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value != null && value.getClass().isArray()) {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < Array.getLength(value); i++) {
                    list.add(Array.get(value, i));
                }
                result.put(key, List.copyOf(list));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }
}
