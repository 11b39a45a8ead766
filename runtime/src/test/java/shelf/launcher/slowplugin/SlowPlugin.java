package shelf.launcher.slowplugin;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * A plugin made by PromptFirstIT (see SlowPluginBundle): its activator takes the time its manifest names
 * (Shelf-Test-Delay-Ms) before it registers its one command, slow:hello.
 */
public class SlowPlugin implements BundleActivator {
    public static final String GREETING = "hello from a plugin that started slowly";

    @Override
    public void start(BundleContext context) throws InterruptedException {
        Thread.sleep(Long.parseLong(context.getBundle().getHeaders().get("Shelf-Test-Delay-Ms")));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.command.scope", "slow");
        properties.put("osgi.command.function", new String[] {"hello"});
        context.registerService(Hello.class, new Hello(), properties);
    }

    @Override
    public void stop(BundleContext context) {
    }

    /** The command: Gogo calls its public method. */
    public static final class Hello {
        public String hello() {
            return GREETING;
        }
    }
}
