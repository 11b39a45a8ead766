package shelf.provisioning.internal.feature;

import java.util.List;

/**
 * What an install did, remembered so that uninstall finds the same bundles after a restart.
 *
 * @param name the feature's short name
 * @param id the feature's full id
 * @param bundles every bundle the feature names, as found installed
 * @param configurations the PIDs the feature configured
 */
public record InstalledFeature(String name, String id, List<Bundle> bundles, List<String> configurations) {

    /**
     * @param coordinates group:artifact:version as the feature names it
     * @param symbolicName the bundle's symbolic name
     * @param version the bundle's version
     */
    public record Bundle(String coordinates, String symbolicName, String version) {}
}
