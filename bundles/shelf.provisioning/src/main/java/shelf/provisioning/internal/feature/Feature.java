package shelf.provisioning.internal.feature;

import java.util.List;
import java.util.Map;

/**
 * A feature read from its JSON file.
 *
 * @param id the feature's id
 * @param title the "name" of the JSON file, or empty
 * @param description the "description", or empty
 * @param bundles in the order of the file
 * @param configurations PID → properties, values already converted to the types Configuration Admin takes
 */
public record Feature(MavenCoordinates id, String title, String description, List<FeatureBundle> bundles,
        Map<String, Map<String, Object>> configurations) {

    /** The short name users type: the id's artifact id. */
    public String name() {
        return id.artifactId();
    }
}
