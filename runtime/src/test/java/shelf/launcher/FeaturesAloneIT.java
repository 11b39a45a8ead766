package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each capability is a feature that installs on its own — on an instance with nothing but the boot feature —
 * and leaves nothing behind when it goes; and a team that only validates catalogues has no publishing engine,
 * scheduler, adapter, sandbox or image codec installed.
 */
class FeaturesAloneIT {
    private static final List<String> FEATURES = List.of("catalog", "importers", "validation", "rules", "review",
            "images", "publishing", "scheduling", "channel-weidian", "channel-taobao", "channel-pinduoduo",
            "channel-douyin", "channel-wechat", "sandbox");

    @TempDir
    Path home;

    private ShelfCommand shelf;

    @BeforeEach
    void startWithTheBootFeatureOnly() throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Files.writeString(home.resolve("etc/channels/sandbox.properties"), "port=0\n");
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.features.boot=\n");
        shelf = new ShelfCommand(home);
        assertEquals(0, shelf.run("start").status());
    }

    @AfterEach
    void stop() throws Exception {
        shelf.run("stop");
    }

    @Test
    void everyFeatureInstallsAloneAndGoesWithoutATrace() throws Exception {
        String bare = shelf.ok("bundle:list");
        for (String feature : FEATURES) {
            String installed = shelf.ok("feature:install " + feature);
            assertTrue(installed.startsWith("Installed feature " + feature), installed);
            String bundles = shelf.ok("bundle:list");
            assertTrue(bundles.lines().noneMatch(line -> line.contains("Installed") || line.contains("Resolved")),
                    feature + " left a bundle that did not start:\n" + bundles);
            shelf.ok("feature:uninstall " + feature);
            assertEquals(bare, shelf.ok("bundle:list"), "after feature:uninstall " + feature);
        }
    }

    @Test
    void aTeamThatOnlyValidatesHasNoPublishingNorImageBundles() throws Exception {
        shelf.ok("feature:install catalog; feature:install importers; feature:install validation; feature:install rules");
        String bundles = shelf.ok("bundle:list");
        for (String absent : List.of("shelf.publish", "shelf.schedule", "shelf.channel", "shelf.image", "shelf.review")) {
            assertNull(ShelfCommand.lineWith(bundles, absent), absent + " installed:\n" + bundles);
        }
        assertTrue(shelf.ok("rules:list").contains("base"), "the packs are in force");
    }
}
