package shelf.api.runtime;

/**
 * @param name the short name users type: the feature id's artifact id ("channel-douyin")
 * @param id the full feature id ("shelf:channel-douyin:0.1.0")
 * @param version the feature's version
 * @param description the feature's description, or empty
 * @param installed whether it is installed now
 */
public record FeatureSummary(String name, String id, String version, String description, boolean installed) {}
