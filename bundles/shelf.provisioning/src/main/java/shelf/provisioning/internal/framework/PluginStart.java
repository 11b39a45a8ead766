package shelf.provisioning.internal.framework;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.runtime.PluginStartup;

/**
 * The plugins start behind the console: the launcher starts the boot feature (the core and the console) on
 * a low start level and then raises the framework to the level named by the framework property
 * {@value #RUNNING_LEVEL}, which starts every other bundle. A command typed before its plugin has started
 * waits for it here rather than being reported unknown. A session started with its own runtime leaves the
 * raising to the shell: an interactive one raises it once its user has logged in, so the login does not
 * share the machine with the plugins' start; a -c one only when a statement names a command not there
 * yet, so a core command does not wait for every plugin to start (and to stop again).
 */
@Component(service = PluginStartup.class)
public final class PluginStart implements PluginStartup {
    static final String RUNNING_LEVEL = "shelf.startlevel.running";
    /** The manifest header naming a bundle's command ACL table: it lists the commands the bundle brings. */
    private static final String COMMAND_ACL = "Shelf-Command-Acl";
    private static final System.Logger LOG = System.getLogger(PluginStart.class.getName());
    private static final long POLL_MS = 20;

    /** Null outside a framework (unit tests): nothing is ever starting. */
    private final BundleContext context;
    private final int runningLevel;

    @Activate
    public PluginStart(BundleContext context) {
        this.context = context;
        this.runningLevel = context == null ? 0 : level(context.getProperty(RUNNING_LEVEL));
    }

    @Override
    public boolean starting() {
        if (context == null || runningLevel <= 0) {
            return false;
        }
        if (frameworkLevel().getStartLevel() < runningLevel) {
            return true;
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.STARTING && !lazy(bundle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Raises the framework to the running level unless it is there or on its way (Felix queues the request
     * and ignores it once there), and returns at once: the plugins start behind whatever comes next.
     */
    @Override
    public void startBehind() {
        if (context == null || runningLevel <= 0) {
            return;
        }
        FrameworkStartLevel framework = frameworkLevel();
        if (framework.getStartLevel() < runningLevel) {
            framework.setStartLevel(runningLevel);
        }
    }

    /**
     * Raises the framework to the running level unless it is there or on its way (Felix queues the request
     * and ignores it once there), and waits until nothing is starting or the time is up.
     *
     * @return whether everything has started
     */
    @Override
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        if (context == null || runningLevel <= 0) {
            return true;
        }
        startBehind();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (starting()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MS);
        }
        return true;
    }

    /**
     * The name of a bundle not yet active whose command ACL table lists the command ("scope:function", or
     * "scope:*"), for the line that says what the shell waits for; empty when no bundle says.
     */
    @Override
    public Optional<String> bundleBringing(String command) {
        if (context == null) {
            return Optional.empty();
        }
        String bare = command.startsWith("*:") ? command.substring(2) : command;
        for (Bundle bundle : context.getBundles()) {
            String table = bundle.getState() == Bundle.ACTIVE ? null : bundle.getHeaders("").get(COMMAND_ACL);
            URL entry = table == null ? null : bundle.getEntry(table.trim());
            if (entry != null && lists(entry, bare)) {
                return Optional.of(bundle.getSymbolicName());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a "command = roles" line of the table names the command: "scope:function" itself or its whole
     * "scope:*"; a bare function name, any scope's.
     */
    private static boolean lists(URL table, String command) {
        int colon = command.indexOf(':');
        Predicate<String> names = colon < 0
                ? name -> name.toLowerCase(Locale.ROOT).endsWith(":" + command.toLowerCase(Locale.ROOT))
                : name -> name.equalsIgnoreCase(command) || name.equalsIgnoreCase(command.substring(0, colon) + ":*");
        String text;
        try (InputStream in = table.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "the command table {0} cannot be read: {1}", table, e.getMessage());
            return false;
        }
        return text.lines().map(String::strip).filter(line -> !line.startsWith("#") && line.indexOf('=') > 0)
                .map(line -> line.substring(0, line.indexOf('=')).strip().replace("\\:", ":"))
                .anyMatch(names);
    }

    private FrameworkStartLevel frameworkLevel() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class);
    }

    /** A bundle with a lazy activation policy stays STARTING until a class of it is used: not "starting". */
    private static boolean lazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY);
    }

    private static int level(String property) {
        try {
            return property == null ? 0 : Integer.parseInt(property.trim());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "the framework property {0} is not a start level: {1}", RUNNING_LEVEL, property);
            return 0;
        }
    }
}
