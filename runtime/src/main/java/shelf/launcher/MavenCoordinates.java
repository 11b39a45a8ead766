package shelf.launcher;

import java.nio.file.Path;

/**
 * A bundle id of the OSGi Feature format: groupId:artifactId[:type[:classifier]]:version,
 * and where that artifact lies in a Maven-layout repository.
 */
record MavenCoordinates(String groupId, String artifactId, String type, String classifier, String version) {

    static MavenCoordinates parse(String id) {
        String[] parts = id == null ? new String[0] : id.trim().split(":", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                parts = new String[0];
            }
        }
        return switch (parts.length) {
            case 3 -> new MavenCoordinates(parts[0], parts[1], "jar", "", parts[2]);
            case 4 -> new MavenCoordinates(parts[0], parts[1], parts[2], "", parts[3]);
            case 5 -> new MavenCoordinates(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default -> throw new LaunchException("'" + id + "' is not a bundle id"
                    + " — write groupId:artifactId:version (or groupId:artifactId:type:classifier:version)");
        };
    }

    /** group/as/folders/artifactId/version/artifactId-version[-classifier].type */
    Path pathIn(Path repository) {
        String file = artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
        return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version).resolve(file);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
