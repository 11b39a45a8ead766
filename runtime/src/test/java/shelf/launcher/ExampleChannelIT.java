package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
    private static final Path EXAMPLES = Path.of(System.getProperty("shelf.examples", "src/examples")).toAbsolutePath();
    private static final Path REPOSITORY = Path.of(System.getProperty("shelf.maven.repository",
            System.getProperty("user.home") + "/.m2/repository"));

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
        copy(EXAMPLES.resolve("channel"), project);
        String build = maven(project, "-o", "-B", "install", "-Dmaven.repo.local=" + REPOSITORY);
        assertTrue(build.contains("Tests run: 7, Failures: 0, Errors: 0, Skipped: 0"), "the contract kit did not run:\n" + build);

        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.repositories=" + ShelfCommand.DIST.resolve("system")
                + "," + REPOSITORY + "\n" + "shelf.features.boot=\n");
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

    /** Runs Maven in a folder; its output, or a failure showing it. */
    private static String maven(Path folder, String... arguments) throws IOException, InterruptedException {
        Path mavenHome = Path.of(System.getProperty("shelf.maven.home", "/usr/share/maven"));
        Path log = Files.createTempFile("example-build", ".log");
        try {
            Process process = new ProcessBuilder(Stream.concat(Stream.of(mavenHome.resolve("bin/mvn").toString()),
                    Stream.of(arguments)).toList()).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + List.of(arguments) + " did not finish within 300 s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "mvn " + List.of(arguments) + " failed in " + folder + ":\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
