package shelf.provisioning.internal.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledFeaturesTest {

    @Test
    void installedFeaturesSurviveARestart(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("data/features.json");
        InstalledFeature channel = new InstalledFeature("channel-x", "shelf:channel-x:1.0",
                List.of(new InstalledFeature.Bundle("shelf:shelf.x:1.0", "shelf.x", "1.0.0")), List.of("shelf.x"));
        InstalledFeatures before = new InstalledFeatures(file);
        before.load();
        before.put(channel);

        InstalledFeatures after = new InstalledFeatures(file);
        after.load();

        assertEquals(Optional.of(channel), after.get("channel-x"));
        after.remove("channel-x");
        InstalledFeatures third = new InstalledFeatures(file);
        third.load();
        assertTrue(third.all().isEmpty());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedFileMeansNothingInstalled(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("features.json");
        Files.writeString(file, "{ not json");
        InstalledFeatures installed = new InstalledFeatures(file);

        installed.load();

        assertTrue(installed.all().isEmpty());
    }
}
