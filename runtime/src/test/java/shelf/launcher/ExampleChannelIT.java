package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example channel of the plugin author's kit (src/examples/channel) as an author outside the Shelf tree
 * uses it: copied to a folder of its own, built by Maven with nothing but Shelf's installed artifacts (its tests
 * run the channel contract kit), then installed into a running instance by feature:install of the example's own
 * feature file, and seen in channel:list with the endpoint that file configures.
 */
class ExampleChannelIT {
    @TempDir
    Path project;

    @TempDir
    Path home;

    @AfterEach
    void stopShelf() throws Exception {
        new ShelfCommand(home).run("stop");
    }

    @Test
    void theExampleChannelBuiltOnItsOwnIsInstalledLiveFromItsFeatureFile() throws Exception {
        String build = ExampleProject.build(ExampleProject.copy("channel", project), "install");
        assertTrue(build.contains("Tests run: 7, Failures: 0, Errors: 0, Skipped: 0"), "the contract kit did not run:\n" + build);

        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.repositories=" + ShelfCommand.DIST.resolve("system")
                + "," + ExampleProject.REPOSITORY + "\nshelf.features.boot=publishing\n");
        ShelfCommand shelf = new ShelfCommand(home);
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        assertNull(ShelfCommand.lineWith(shelf.ok("channel:list"), "minimall"), "listed before it was installed");

        Files.copy(project.resolve("src/main/feature/channel-minimall.json"), home.resolve("etc/features/channel-minimall.json"));
        String installed = shelf.ok("feature:install channel-minimall");

        assertTrue(installed.contains("Installed feature channel-minimall 1.0.0 (1 bundle)"), installed);
        String channels = shelf.poll("channel:list", out -> out.contains("minimall"), 10_000);
        String line = ShelfCommand.lineWith(channels, "minimall");
        assertNotNull(line, channels);
        assertTrue(line.contains("Mini Mall (example)") && line.contains("https://open.minimall.example"),
                "the adapter with the endpoint its feature configures: " + line);
    }
}
