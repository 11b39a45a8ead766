package shelf.provisioning.internal.feature;

import java.nio.file.Path;

/**
 * One *.json file of a features folder: either the feature it holds or what is wrong with it.
 *
 * @param file where it was read from
 * @param feature the feature, or null when the file is malformed
 * @param problem what is wrong with the file (naming it), or null
 */
public record FeatureFile(Path file, Feature feature, String problem) {

    /** The feature's short name, or for a malformed file its file name without .json. */
    public String name() {
        if (feature != null) {
            return feature.name();
        }
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    public boolean malformed() {
        return feature == null;
    }
}
