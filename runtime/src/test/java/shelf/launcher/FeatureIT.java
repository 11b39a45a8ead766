package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** feature:install / list / uninstall against a running instance, and a failed install rolled back. */
class FeatureIT {

    private static final String GOGO_COMMAND = "org.apache.felix.gogo.command";

    @TempDir
    Path home;

    @TempDir
    Path repository;

    private ShelfCommand shelf;

    @BeforeEach
    void useHome() {
        shelf = new ShelfCommand(home);
    }

    @AfterEach
    void stopShelf() throws Exception {
        shelf.run("stop");
    }

    @Test
    void installSurvivesRestartAndUninstallRemovesItsBundle() throws Exception {
        start();
        assertNull(ShelfCommand.lineWith(shelf.ok("bundle:list"), GOGO_COMMAND), "installed before the test");

        shelf.ok("feature:install gogo-command");
        assertInstalled(true, shelf.ok("feature:list"), "gogo-command");
        assertActive(shelf.ok("bundle:list"), GOGO_COMMAND);

        restart();
        assertInstalled(true, shelf.ok("feature:list"), "gogo-command");
        assertActive(shelf.ok("bundle:list"), GOGO_COMMAND);

        shelf.ok("feature:uninstall gogo-command");
        assertInstalled(false, shelf.ok("feature:list"), "gogo-command");
        assertNull(ShelfCommand.lineWith(shelf.ok("bundle:list"), GOGO_COMMAND), "its bundle is still installed");
    }

    @Test
    void failedInstallLeavesTheBundlesAsTheyWere() throws Exception {
        // a feature whose first bundle resolves and whose second needs a package nobody exports
        TestBundles.bundle(repository.resolve("test/shelf.test.fine/1.0.0/shelf.test.fine-1.0.0.jar"),
                "shelf.test.fine", "1.0.0");
        TestBundles.bundle(repository.resolve("test/shelf.test.needy/1.0.0/shelf.test.needy-1.0.0.jar"),
                "shelf.test.needy", "1.0.0", "shelf.test.nowhere;version=\"[1,2)\"");
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/broken-feature.json"), """
                {
                  "feature-resource-version": "1.0",
                  "id": "test:broken-feature:1.0.0",
                  "description": "Made by FeatureIT: its second bundle cannot resolve.",
                  "bundles": [
                    { "id": "test:shelf.test.fine:1.0.0" },
                    { "id": "test:shelf.test.needy:1.0.0" }
                  ]
                }
                """);
        Files.writeString(home.resolve("etc/shelf.properties"),
                "shelf.repositories=" + ShelfCommand.DIST.resolve("system") + "," + repository + "\n");
        start();
        // the plugins start behind the console: compare with the list once they have
        String before = shelf.poll("bundle:list", list -> !list.contains(" Resolved ") && !list.contains(" Starting "),
                60_000);

        ShelfCommand.Result install = shelf.run("-c", "feature:install broken-feature");

        assertNotEquals(0, install.status(), install.toString());
        assertEquals(1, install.err().strip().lines().count(), "not one line:\n" + install.err());
        assertTrue(install.err().contains("shelf.test.nowhere"), "the reason names the missing package: " + install.err());
        assertEquals(before, shelf.ok("bundle:list"));
        assertInstalled(false, shelf.ok("feature:list"), "broken-feature");
    }

    private void start() throws Exception {
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    private void restart() throws Exception {
        assertEquals(0, shelf.run("stop").status());
        start();
    }

    private static void assertInstalled(boolean expected, String featureList, String feature) {
        String line = ShelfCommand.lineWith(featureList, feature);
        assertNotNull(line, feature + " is not listed:\n" + featureList);
        // columns: name, version, installed (yes/no), description
        assertEquals(expected ? "yes" : "no", line.strip().split("\\s{2,}")[2], line);
    }

    private static void assertActive(String bundleList, String name) {
        String line = ShelfCommand.lineWith(bundleList, name);
        assertNotNull(line, name + " is not listed:\n" + bundleList);
        assertTrue(line.toLowerCase().contains("active"), line);
    }
}
