package shelf.launcher.gs1;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import shelf.api.rules.RuleCheck;

/** Registers the check and the command, as any bundle may: services with their properties. */
public final class Gs1Bundle implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> check = new Hashtable<>();
        check.put(RuleCheck.KIND, "gtin-prefix");
        context.registerService(RuleCheck.class, new GtinPrefixCheck(), check);
        Hashtable<String, Object> command = new Hashtable<>();
        command.put("osgi.command.scope", "gs1");
        command.put("osgi.command.function", new String[] {"prefixes"});
        context.registerService(Object.class, new Gs1Commands(), command);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }
}
