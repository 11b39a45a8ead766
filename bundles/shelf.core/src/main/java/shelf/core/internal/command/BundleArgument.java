package shelf.core.internal.command;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Finds the bundle a user named by id or symbolic name. */
final class BundleArgument {
    private BundleArgument() {}

    static Bundle find(BundleContext context, String idOrName) {
        String wanted = idOrName.trim();
        if (wanted.chars().allMatch(Character::isDigit) && !wanted.isEmpty()) {
            Bundle bundle = context.getBundle(Long.parseLong(wanted));
            if (bundle == null) {
                throw new IllegalArgumentException("no bundle with id " + wanted + " — see bundle:list");
            }
            return bundle;
        }
        List<Bundle> named = Arrays.stream(context.getBundles())
                .filter(b -> wanted.equals(b.getSymbolicName()))
                .collect(Collectors.toList());
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no bundle named '" + wanted + "' — see bundle:list");
        }
        if (named.size() > 1) {
            String ids = named.stream().map(b -> b.getBundleId() + " (" + b.getVersion() + ")")
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("several bundles are named '" + wanted + "': " + ids + " — give the id");
        }
        return named.get(0);
    }

    static String describe(Bundle bundle) {
        return "bundle " + bundle.getBundleId() + " " + bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    static String state(Bundle bundle) {
        switch (bundle.getState()) {
            case Bundle.ACTIVE: return "Active";
            case Bundle.RESOLVED: return "Resolved";
            case Bundle.INSTALLED: return "Installed";
            case Bundle.STARTING: return "Starting";
            case Bundle.STOPPING: return "Stopping";
            case Bundle.UNINSTALLED: return "Uninstalled";
            default: return "Unknown";
        }
    }
}
