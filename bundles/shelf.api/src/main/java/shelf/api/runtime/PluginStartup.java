package shelf.api.runtime;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugins starting behind the console: the launcher starts the boot feature (the core and the console)
 * on a low start level, and every other bundle starts when the framework is raised to the running level.
 * The console raises it once its user has logged in, and a command typed before its plugin has started
 * waits here instead of being reported unknown. Provided by the provisioning bundle.
 */
@ProviderType
public interface PluginStartup {

    /** Raises the framework to the running level unless it is there or on its way, and returns at once. */
    void startBehind();

    /** Whether a command may still come: the framework is below the running level, or a bundle is starting. */
    boolean starting();

    /**
     * Raises the framework to the running level, and waits until nothing is starting or the time is up.
     *
     * @return whether everything has started
     */
    boolean awaitStarted(Duration timeout) throws InterruptedException;

    /**
     * The name of a bundle not yet active whose command ACL table lists the command ("scope:function"), for
     * the line that says what a statement waits for; empty when no bundle says.
     */
    Optional<String> bundleBringing(String command);
}
