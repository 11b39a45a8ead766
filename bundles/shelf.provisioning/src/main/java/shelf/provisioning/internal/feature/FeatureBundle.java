package shelf.provisioning.internal.feature;

/** One bundle a feature names, with its start order (0 when the feature gives none). */
public record FeatureBundle(MavenCoordinates coordinates, int startOrder) {}
