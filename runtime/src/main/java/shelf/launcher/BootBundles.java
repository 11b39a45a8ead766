package shelf.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Makes the Felix cache hold the boot feature's bundles: installs the missing ones, updates those
 * whose jar is newer than the installed bundle, and leaves every other bundle (features, deployed
 * bundles) as the cache remembers it. Bundles are installed by reference so the cache stays small.
 * The boot bundles start first, at their own start level; every other bundle is a plugin, started behind them.
 */
final class BootBundles {

    private static final Logger LOG = Logger.getLogger("shelf.launcher");

    private final List<Bundle> bundles;

    private BootBundles(List<Bundle> bundles) {
        this.bundles = bundles;
    }

    static BootBundles reconcile(BundleContext context, List<Path> jars) {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(reconcile(context, jar));
        }
        placeOnStartLevels(context, bundles);
        return new BootBundles(bundles);
    }

    /**
     * The boot bundles on the boot level, and every other bundle above it. A cache written before start
     * levels were used holds every bundle on level 1, the boot level: those move up to the plugins' level.
     */
    private static void placeOnStartLevels(BundleContext context, List<Bundle> boot) {
        for (Bundle bundle : context.getBundles()) {
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            if (bundle.getBundleId() == 0 || level == null) {
                continue;
            }
            if (boot.contains(bundle)) {
                if (level.getStartLevel() != FrameworkProperties.BOOT_LEVEL) {
                    level.setStartLevel(FrameworkProperties.BOOT_LEVEL);
                }
            } else if (level.getStartLevel() <= FrameworkProperties.BOOT_LEVEL) {
                level.setStartLevel(FrameworkProperties.PLUGIN_LEVEL);
            }
        }
    }

    /**
     * Starts every boot bundle in the order the boot feature lists them; one that fails is logged and the rest
     * still start. The order is part of the start's speed: the core comes right after Declarative Services, so
     * the catalogue opens on its own thread while the rest starts, and H2 last, as nothing here needs its JDBC
     * driver registered before the console (the core loads H2's classes either way).
     */
    void startAll() {
        for (Bundle bundle : bundles) {
            try {
                bundle.start();
            } catch (BundleException | RuntimeException e) {
                LOG.log(Level.SEVERE, "boot bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage(), e);
            }
        }
    }

    private static Bundle reconcile(BundleContext context, Path jar) {
        String location = "reference:" + jar.toUri();
        try {
            Bundle installed = context.getBundle(location);
            if (installed == null) {
                return install(context, jar, location);
            }
            if (Files.getLastModifiedTime(jar).toMillis() > installed.getLastModified()) {
                LOG.info("updating boot bundle " + installed.getSymbolicName() + " from " + jar);
                installed.update();
            }
            return installed;
        } catch (BundleException | IOException e) {
            throw new LaunchException("the boot bundle " + jar + " cannot be installed (" + e.getMessage()
                    + ") — see log/shelf.log; rebuilding the distribution or deleting data/cache of the home resets it", e);
        }
    }

    private static Bundle install(BundleContext context, Path jar, String location) throws BundleException, IOException {
        try {
            return context.installBundle(location);
        } catch (BundleException e) {
            if (e.getType() != BundleException.DUPLICATE_BUNDLE_ERROR) {
                throw e;
            }
            // The same bundle from another location: the distribution moved. Replace it with this jar.
            Bundle previous = sameSymbolicNameAndVersion(context, jar);
            if (previous == null) {
                throw e;
            }
            LOG.info("replacing " + previous.getLocation() + " with " + location);
            previous.uninstall();
            return context.installBundle(location);
        }
    }

    private static Bundle sameSymbolicNameAndVersion(BundleContext context, Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            String name = manifest.getValue("Bundle-SymbolicName").split(";")[0].trim();
            Version version = Version.parseVersion(manifest.getValue("Bundle-Version"));
            for (Bundle bundle : context.getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion())) {
                    return bundle;
                }
            }
            return null;
        }
    }
}
