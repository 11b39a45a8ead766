package shelf.provisioning.internal.feature;

import java.nio.file.Path;

/**
 * A Maven artifact as the Feature Service names it: group:artifact[:type[:classifier]]:version.
 */
public record MavenCoordinates(String groupId, String artifactId, String type, String classifier, String version) {

    /** Parses an id; the message of the exception says what is wrong with it. */
    public static MavenCoordinates parse(String id) {
        String[] parts = id == null ? new String[0] : id.trim().split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                parts = new String[0];
                break;
            }
        }
        return switch (parts.length) {
            case 3 -> new MavenCoordinates(parts[0], parts[1], "jar", "", parts[2]);
            case 4 -> new MavenCoordinates(parts[0], parts[1], parts[2], "", parts[3]);
            case 5 -> new MavenCoordinates(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default -> throw new IllegalArgumentException("'" + id
                    + "' is not a Maven id: write group:artifact:version (or group:artifact:type[:classifier]:version)");
        };
    }

    /** Where the artifact sits inside a repository in Maven layout, e.g. org/osgi/x/1.0/x-1.0.jar. */
    public Path relativePath() {
        String file = artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
        return Path.of(groupId.replace('.', '/'), artifactId, version, file);
    }

    /** group:artifact:version for jars, the full form otherwise. */
    @Override
    public String toString() {
        if (!classifier.isEmpty()) {
            return groupId + ":" + artifactId + ":" + type + ":" + classifier + ":" + version;
        }
        return "jar".equals(type) ? groupId + ":" + artifactId + ":" + version
                : groupId + ":" + artifactId + ":" + type + ":" + version;
    }
}
