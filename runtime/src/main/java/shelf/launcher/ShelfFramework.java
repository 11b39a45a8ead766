package shelf.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * The embedded Apache Felix: {@link #start()} starts the boot feature (the core and the console), and
 * {@link #startPlugins()} the other bundles behind it, so that the prompt does not wait for them.
 */
final class ShelfFramework {

    private static final Logger LOG = Logger.getLogger("shelf.launcher");
    private static final long STOP_TIMEOUT_MS = 30_000;

    private final Framework framework;
    private final ShelfHome home;
    private final BootBundles boot;
    private final int runningLevel;

    private ShelfFramework(Framework framework, ShelfHome home, BootBundles boot, int runningLevel) {
        this.framework = framework;
        this.home = home;
        this.boot = boot;
        this.runningLevel = runningLevel;
    }

    /** Opens the Felix cache (locking it against a second instance) and reconciles the boot bundles. */
    static ShelfFramework init(ShelfHome home, Distribution dist, boolean verbose) {
        DatabaseFile.check(home);
        Map<String, String> properties = FrameworkProperties.of(home, dist, verbose);
        List<Path> jars = BootFeature.read(dist.feature(properties.get(FrameworkProperties.BOOT_FEATURE)))
                .jarsIn(dist.system());
        Map<String, Object> configuration = new HashMap<>(properties);
        configuration.put("felix.log.logger", new FrameworkLog());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Framework framework = new FrameworkFactory().newFramework((Map) configuration);
        try {
            framework.init();
        } catch (BundleException e) {
            throw new LaunchException("Apache Felix cannot open its cache " + home.cache() + " (" + e.getMessage()
                    + ") — is another Shelf using this home? `shelf status` tells", e);
        }
        ConfigurationFolder.takeOutOfCache(home); // before a boot bundle replaced takes its data area with it
        return new ShelfFramework(framework, home, BootBundles.reconcile(framework.getBundleContext(), jars),
                runningLevel(properties.get(FrameworkProperties.RUNNING_LEVEL)));
    }

    private static int runningLevel(String property) {
        try {
            return Integer.parseInt(property.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new LaunchException("the framework property " + FrameworkProperties.RUNNING_LEVEL + " is '" + property
                    + "' — it must be a start level above " + FrameworkProperties.PLUGIN_LEVEL + ", e.g. 100");
        }
    }

    /** Starts the framework on the boot level, then the boot bundles: the core and the console, no plugin. */
    ShelfFramework start() {
        long began = System.nanoTime();
        try {
            framework.start();
        } catch (BundleException e) {
            throw new LaunchException("Apache Felix did not start (" + e.getMessage() + ") — see " + home.logFile(), e);
        }
        boot.startAll();
        LOG.info(String.format("Shelf %s started on %s in %d ms; the plugins start behind the console",
                ShelfVersion.shelf(), home, (System.nanoTime() - began) / 1_000_000));
        return this;
    }

    /**
     * Raises the framework to the running level, which starts every plugin the cache remembers as started;
     * Felix does it on its start-level thread, so this returns at once. For the background runtime; a session
     * that started its own leaves it to the shell (an interactive one raises it once its user has logged in).
     */
    ShelfFramework startPlugins() {
        long began = System.nanoTime();
        framework.adapt(FrameworkStartLevel.class).setStartLevel(runningLevel, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                LOG.info(String.format("plugins started in %d ms", (System.nanoTime() - began) / 1_000_000));
            }
        });
        return this;
    }

    boolean isRunning() {
        return (framework.getState() & (Framework.STARTING | Framework.ACTIVE)) != 0;
    }

    /** Blocks until the framework stops, e.g. after `shelf stop`. */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Idempotent: the shutdown hook calls it too. */
    void stop() {
        try {
            if (isRunning()) {
                framework.stop();
            }
            framework.waitForStop(STOP_TIMEOUT_MS);
        } catch (BundleException e) {
            LOG.warning("Apache Felix did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
