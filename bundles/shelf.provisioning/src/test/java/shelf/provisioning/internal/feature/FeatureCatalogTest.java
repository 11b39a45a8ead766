package shelf.provisioning.internal.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCatalogTest {

    @Test
    void homeOverridesTheDistributionAndABrokenFileIsListedWithItsProblem(@TempDir Path temp) throws Exception {
        Path dist = Files.createDirectories(temp.resolve("dist/features"));
        Path home = Files.createDirectories(temp.resolve("home/etc/features"));
        Files.writeString(dist.resolve("channel-x.json"), "{ \"id\": \"shelf:channel-x:1.0\" }");
        Files.writeString(dist.resolve("gogo.json"), "{ \"id\": \"org.apache.felix:gogo-command:1.1.2\" }");
        Files.writeString(home.resolve("mine.json"), "{ \"id\": \"shelf:channel-x:2.0\" }");
        Files.writeString(home.resolve("broken.json"), "{ \"id\": ");

        Map<String, FeatureFile> all = new FeatureCatalog(List.of(dist, home)).all();

        assertEquals(List.of("broken", "channel-x", "gogo-command"), List.copyOf(all.keySet()));
        assertEquals("2.0", all.get("channel-x").feature().id().version());
        assertTrue(all.get("broken").malformed());
        assertTrue(all.get("broken").problem().startsWith("features/broken.json is not valid JSON"),
                all.get("broken").problem());
    }
}
