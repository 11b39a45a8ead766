package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One of the example plugin projects (src/examples/KIND) copied outside the tree and built there by the Maven
 * and the local repository of this build, as an author would build it after installing Shelf.
 */
final class ExampleProject {
    /** The local repository Shelf's build installed into, where the examples find shelf.api and the kit. */
    static final Path REPOSITORY = Path.of(System.getProperty("shelf.maven.repository",
            System.getProperty("user.home") + "/.m2/repository"));
    private static final Path EXAMPLES = Path.of(System.getProperty("shelf.examples", "src/examples")).toAbsolutePath();
    private static final Path MAVEN_HOME = Path.of(System.getProperty("shelf.maven.home", "/usr/share/maven"));

    private ExampleProject() {}

    /** Copies src/examples/{@code kind} (without any target/) into {@code folder}; returns the folder. */
    static Path copy(String kind, Path folder) throws IOException {
        Path from = EXAMPLES.resolve(kind);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path target = folder.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder;
    }

    /** Runs {@code mvn -o -B GOAL} in the folder with this build's local repository; its output, or a failure showing it. */
    static String build(Path folder, String goal) throws IOException, InterruptedException {
        List<String> command = List.of(MAVEN_HOME.resolve("bin/mvn").toString(), "-o", "-B", goal,
                "-Dmaven.repo.local=" + REPOSITORY);
        Path log = Files.createTempFile("example-build", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 300 s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed in " + folder + ":\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
