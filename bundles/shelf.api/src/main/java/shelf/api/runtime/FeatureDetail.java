package shelf.api.runtime;

import java.util.List;
import java.util.Map;

/**
 * @param summary name, id, version, state
 * @param bundles the feature's bundles as Maven coordinates (group:artifact:version), in order
 * @param configurations configuration PIDs with their properties
 */
public record FeatureDetail(FeatureSummary summary, List<String> bundles,
        Map<String, Map<String, Object>> configurations) {}
