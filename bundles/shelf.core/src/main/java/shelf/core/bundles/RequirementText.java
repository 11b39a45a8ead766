package shelf.core.bundles;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;

/**
 * Reads a requirement's filter back into the words of the manifest it came from: "package foo.bar
 * [1.0.0,2.0.0)" rather than "(&amp;(osgi.wiring.package=foo.bar)(version&gt;=1.0.0)(!(version&gt;=2.0.0)))".
 */
final class RequirementText {
    /** The namespace of extenders: a bundle that requires one is read by it (its header, its components). */
    static final String EXTENDER = "osgi.extender";
    /** What the extenders of a Shelf installation do for the bundles that require them, and where they come from. */
    private static final Map<String, String[]> EXTENDERS = Map.of(
            "shelf.rulepack", new String[] {"the rule-pack library, which deploys the bundle's rule packs", "feature:install validation"},
            "shelf.importprofile", new String[] {"the import service, which offers the bundle's import profiles",
                    "feature:install catalog"},
            "osgi.component", new String[] {"Declarative Services, which starts the bundle's components",
                    "the shelf-boot feature has it"});

    private RequirementText() {}

    /** " (the rule-pack library, which deploys the bundle's rule packs)" for an extender Shelf knows, else "". */
    static String purpose(String extender) {
        String[] known = EXTENDERS.get(extender);
        return known == null ? "" : " (" + known[0] + ")";
    }

    /** How to install an extender Shelf knows ("feature:install validation"), or empty. */
    static Optional<String> remedy(String extender) {
        return Optional.ofNullable(EXTENDERS.get(extender)).map(known -> known[1]);
    }

    /** A requirement in words. */
    static String describe(String namespace, String filter) {
        String range = range(filter, versionAttribute(namespace)).map(r -> " " + format(r)).orElse("");
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package " + value(filter, namespace).orElse(filter) + range;
            case BundleNamespace.BUNDLE_NAMESPACE -> "bundle " + value(filter, namespace).orElse(filter) + range;
            case HostNamespace.HOST_NAMESPACE -> "host bundle " + value(filter, namespace).orElse(filter) + range;
            case EXTENDER -> value(filter, namespace).map(name -> "extender " + name + range + purpose(name))
                    .orElse("capability " + namespace + " " + filter);
            default -> "capability " + namespace + (filter == null ? "" : " " + filter);
        };
    }

    /** The attribute holding the version in this namespace. */
    static String versionAttribute(String namespace) {
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE;
            case BundleNamespace.BUNDLE_NAMESPACE, HostNamespace.HOST_NAMESPACE ->
                BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE;
            default -> "version";
        };
    }

    /** The value the filter asks of an attribute: the package name of (osgi.wiring.package=foo.bar). */
    static Optional<String> value(String filter, String attribute) {
        if (filter == null) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)*]+)\\)").matcher(filter);
        return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    /** The version range the filter asks for, empty when it takes any version. */
    static Optional<VersionRange> range(String filter, String attribute) {
        if (filter == null) {
            return Optional.empty();
        }
        String a = Pattern.quote(attribute);
        Version lower = null;
        Version upper = null;
        boolean lowerOpen = false;
        boolean upperOpen = false;
        Matcher exact = Pattern.compile("(?<!!)\\(" + a + "=([0-9][^)]*)\\)").matcher(filter);
        if (exact.find()) {
            Version version = Version.parseVersion(exact.group(1));
            return Optional.of(new VersionRange(VersionRange.LEFT_CLOSED, version, version, VersionRange.RIGHT_CLOSED));
        }
        Matcher notAtLeast = Pattern.compile("\\(!\\(" + a + ">=([^)]+)\\)\\)").matcher(filter);
        if (notAtLeast.find()) {
            upper = Version.parseVersion(notAtLeast.group(1));
            upperOpen = true;
        }
        Matcher notAtMost = Pattern.compile("\\(!\\(" + a + "<=([^)]+)\\)\\)").matcher(filter);
        if (notAtMost.find()) {
            lower = Version.parseVersion(notAtMost.group(1));
            lowerOpen = true;
        }
        Matcher atLeast = Pattern.compile("(?<!!)\\(" + a + ">=([^)]+)\\)").matcher(filter);
        if (atLeast.find()) {
            lower = Version.parseVersion(atLeast.group(1));
        }
        Matcher atMost = Pattern.compile("(?<!!)\\(" + a + "<=([^)]+)\\)").matcher(filter);
        if (atMost.find()) {
            upper = Version.parseVersion(atMost.group(1));
        }
        if (lower == null && upper == null) {
            return Optional.empty();
        }
        return Optional.of(new VersionRange(lowerOpen ? VersionRange.LEFT_OPEN : VersionRange.LEFT_CLOSED,
                lower == null ? Version.emptyVersion : lower, upper,
                upperOpen || upper == null ? VersionRange.RIGHT_OPEN : VersionRange.RIGHT_CLOSED));
    }

    /** "[1.0.0,2.0.0)", or "[1.0.0,∞)" when there is no upper bound. */
    static String format(VersionRange range) {
        if (range.getRight() == null) {
            return (range.getLeftType() == VersionRange.LEFT_CLOSED ? "[" : "(") + range.getLeft() + ",∞)";
        }
        return range.toString();
    }
}
