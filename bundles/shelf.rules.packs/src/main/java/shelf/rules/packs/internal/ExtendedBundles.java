package shelf.rules.packs.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Which bundles an extender serves, as the OSGi extender pattern has it: a bundle that requires the extender
 * is served by the bundle its requirement is wired to, or — an optional requirement left unwired — by an
 * extender whose capability the requirement accepts; a bundle that only has the header (built before the
 * requirement existed) is served too.
 */
final class ExtendedBundles {
    static final String NAMESPACE = "osgi.extender";

    private ExtendedBundles() {}

    static boolean servedBy(Bundle bundle, Bundle extender, String name) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return false;
        }
        List<BundleRequirement> requirements = revision.getDeclaredRequirements(NAMESPACE).stream()
                .filter(r -> String.valueOf(r.getDirectives().get("filter")).contains("(" + NAMESPACE + "=" + name + ")"))
                .toList();
        if (requirements.isEmpty()) {
            return true;
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(NAMESPACE)) {
                if (requirements.contains(wire.getRequirement())) {
                    return wire.getProvider().getBundle().equals(extender);
                }
            }
        }
        BundleRevision own = extender.adapt(BundleRevision.class);
        for (BundleCapability capability : own == null ? List.<BundleCapability>of() : own.getDeclaredCapabilities(NAMESPACE)) {
            if (requirements.stream().anyMatch(r -> r.matches(capability))) {
                return true;
            }
        }
        return false;
    }
}
