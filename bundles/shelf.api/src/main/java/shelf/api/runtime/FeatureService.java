package shelf.api.runtime;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Features: named sets of bundles and their configuration, in the OSGi Feature Service JSON
 * format, read from the distribution's {@code features/} folder and {@code SHELF_HOME/etc/features}.
 * Installed features are remembered across restarts.
 */
@ProviderType
public interface FeatureService {
    /** Every feature known, by name. */
    List<FeatureSummary> list();

    /** One feature with its bundles and configurations, by name ("channel-douyin") or full id. */
    Optional<FeatureDetail> info(String name);

    /**
     * Installs every bundle of the feature, applies its configurations, then starts the bundles.
     * All or nothing: when a bundle cannot be found, resolved or started, everything this call did is
     * undone and the exception says what failed and why. A feature installed already whose bundles were
     * since uninstalled by hand is repaired: the missing bundles are installed again and started.
     */
    FeatureDetail install(String name) throws FeatureException;

    /**
     * The bundles of an installed feature that are no longer installed (removed by hand with
     * bundle:uninstall), as "symbolic-name version"; empty when the feature is whole or not installed.
     */
    List<String> missingBundles(String name);

    /** Uninstalls the bundles of the feature that no other installed feature needs. */
    FeatureDetail uninstall(String name) throws FeatureException;
}
