package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The assembled distribution holds what its features and its launcher need. */
class DistributionIT {

    private static final Path FEATURES = Path.of(System.getProperty("shelf.features", "../features"));

    @Test
    void everyBundleOfEveryFeatureIsInSystem() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> features = featureFiles();
        assertFalse(features.isEmpty(), "no feature JSON in " + FEATURES);
        for (Path feature : features) {
            for (String id : bundleIds(feature)) {
                Path jar = MavenCoordinates.parse(id).pathIn(ShelfCommand.DIST.resolve("system"));
                if (!Files.isRegularFile(jar)) {
                    missing.add(feature.getFileName() + " names " + id + ", missing at " + jar);
                }
            }
        }
        assertEquals(List.of(), missing, "add each missing bundle as a provided dependency of runtime/pom.xml");
    }

    @Test
    void featuresAreShippedAsTheyAreInTheSources() throws IOException {
        for (Path feature : featureFiles()) {
            Path shipped = ShelfCommand.DIST.resolve("features").resolve(feature.getFileName());
            assertEquals(Files.readString(feature), Files.readString(shipped), shipped.toString());
        }
    }

    @Test
    void launcherScriptIsExecutableAndLibHoldsTheLauncherClassPath() throws IOException {
        assertTrue(Files.isExecutable(ShelfCommand.DIST.resolve("bin/shelf")));
        try (Stream<Path> lib = Files.list(ShelfCommand.DIST.resolve("lib"))) {
            List<String> names = lib.map(path -> path.getFileName().toString().replaceAll("-[0-9].*", "")).sorted().toList();
            // the jars of the launcher's class path, and the class-data archive of the build's training run
            assertEquals(List.of("gson", "jline", "org.apache.felix.framework", "shelf-launcher", "shelf.jsa"), names);
        }
    }

    private static List<Path> featureFiles() throws IOException {
        try (Stream<Path> files = Files.list(FEATURES)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> bundleIds(Path feature) throws IOException {
        try (Reader reader = Files.newBufferedReader(feature)) {
            List<String> ids = new ArrayList<>();
            for (JsonElement bundle : JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("bundles")) {
                ids.add(bundle.getAsJsonObject().get("id").getAsString());
            }
            return ids;
        }
    }
}
