package shelf.core.bundles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Namespace;

/**
 * Finds the requirements of an unresolved bundle that no installed bundle can satisfy, and for each the
 * installed bundle that comes closest. It looks at the declared requirements and capabilities only, so it
 * can say "nobody exports foo.bar" but not explain uses-constraint conflicts; those get Felix's message.
 */
public final class MissingRequirements {
    /** Chains of unresolved providers are followed this deep, enough to reach the root cause in practice. */
    private static final int MAX_DEPTH = 4;

    private final BundleContext context;

    public MissingRequirements(BundleContext context) {
        this.context = context;
    }

    /** One line per requirement nothing satisfies; empty when every requirement has a candidate provider. */
    public List<String> explain(Bundle bundle) {
        return explain(bundle, new HashSet<>(), 0);
    }

    private List<String> explain(Bundle bundle, Set<Long> visited, int depth) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> lines = new ArrayList<>();
        if (revision == null || !visited.add(bundle.getBundleId())) {
            return lines;
        }
        List<BundleRevision> others = revisions();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (!mandatoryAtResolve(requirement)) {
                continue;
            }
            missing(requirement, revision, others, visited, depth).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<String> missing(BundleRequirement requirement, BundleRevision self, List<BundleRevision> others,
            Set<Long> visited, int depth) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        String wanted = "missing " + RequirementText.describe(namespace, filter);
        List<String> unresolvedProviders = new ArrayList<>();
        for (BundleRevision other : others) {
            for (BundleCapability capability : other.getDeclaredCapabilities(namespace)) {
                if (!requirement.matches(capability)) {
                    continue;
                }
                Bundle provider = other.getBundle();
                if (other == self || (provider.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0) {
                    return Optional.empty();
                }
                List<String> why = depth < MAX_DEPTH ? explain(provider, visited, depth + 1) : List.of();
                if (why.isEmpty()) {
                    return Optional.empty(); // the provider itself could resolve: no missing piece here
                }
                unresolvedProviders.add(name(provider) + " provides it but cannot resolve itself (" + why.get(0) + ")");
            }
        }
        if (!unresolvedProviders.isEmpty()) {
            return Optional.of(wanted + "; " + unresolvedProviders.get(0));
        }
        return Optional.of(wanted + "; " + closest(namespace, filter, others));
    }

    /** The nearest thing installed: the same package, bundle or extender at another version, or nothing. */
    private static String closest(String namespace, String filter, List<BundleRevision> others) {
        String attribute = namespace;
        Optional<String> wantedName = RequirementText.value(filter, attribute);
        boolean isPackage = PackageNamespace.PACKAGE_NAMESPACE.equals(namespace);
        boolean isExtender = RequirementText.EXTENDER.equals(namespace);
        if (wantedName.isEmpty() || !(isPackage || isExtender || BundleNamespace.BUNDLE_NAMESPACE.equals(namespace))) {
            return others.stream().anyMatch(r -> !r.getDeclaredCapabilities(namespace).isEmpty())
                    ? "installed bundles offer " + namespace + " capabilities, but none matches"
                    : "no installed bundle provides " + namespace;
        }
        String versionAttribute = RequirementText.versionAttribute(namespace);
        Optional<VersionRange> range = RequirementText.range(filter, versionAttribute);
        for (BundleRevision other : others) {
            for (BundleCapability capability : other.getDeclaredCapabilities(namespace)) {
                Map<String, Object> attributes = capability.getAttributes();
                if (!wantedName.get().equals(attributes.get(attribute))) {
                    continue;
                }
                Version version = version(attributes.get(versionAttribute));
                String has = isPackage || isExtender
                        ? name(other.getBundle()) + (isPackage ? " exports " : " provides ") + wantedName.get() + " at " + version
                        : "installed " + wantedName.get() + " is version " + version;
                if (range.isPresent() && !range.get().includes(version)) {
                    return has + ", outside " + RequirementText.format(range.get());
                }
                return has + ", but its attributes do not match " + filter;
            }
        }
        if (isExtender) {
            return "no installed bundle provides it" + RequirementText.remedy(wantedName.get()).map(r -> " — " + r).orElse("");
        }
        return isPackage ? "no installed bundle exports it" : "no installed bundle is named " + wantedName.get();
    }

    private List<BundleRevision> revisions() {
        List<BundleRevision> revisions = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision != null) {
                revisions.add(revision);
            }
        }
        return revisions;
    }

    /** Optional, dynamic and run-time-only requirements never stop a bundle from resolving. */
    private static boolean mandatoryAtResolve(BundleRequirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        String resolution = directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = directives.get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                && !PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
                && (effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective));
    }

    private static Version version(Object value) {
        if (value instanceof Version version) {
            return version;
        }
        return value == null ? Version.emptyVersion : Version.parseVersion(value.toString());
    }

    /** "shelf.api 0.1.0" — how users recognise a bundle. */
    public static String name(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
