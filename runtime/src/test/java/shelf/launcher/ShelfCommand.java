package shelf.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs the assembled distribution's bin/shelf on one home, as a user at a shell prompt would. */
final class ShelfCommand {

    static final Path DIST = Path.of(System.getProperty("shelf.dist", "target/shelf")).toAbsolutePath();

    record Result(int status, String out, String err) {

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Path workingDir;

    ShelfCommand(Path home) {
        this(home, null);
    }

    private ShelfCommand(Path home, Path workingDir) {
        this.home = home;
        this.workingDir = workingDir;
    }

    /** The same instance, run from a folder: commands resolve relative file names against it. */
    ShelfCommand in(Path folder) {
        return new ShelfCommand(home, folder);
    }

    Path home() {
        return home;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(DIST.resolve("bin/shelf").toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("shelf-out", ".txt");
        Path err = Files.createTempFile("shelf-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("SHELF_HOME");
            if (workingDir != null) {
                builder.directory(workingDir.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("shelf " + args[0] + " did not finish within 90 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** -c COMMANDS that must succeed; its stdout. */
    String ok(String commands) throws IOException, InterruptedException {
        Result result = run("-c", commands);
        if (result.status() != 0) {
            throw new AssertionError("shelf -c \"" + commands + "\" failed: " + result);
        }
        return result.out();
    }

    /** Repeats -c COMMANDS until its output satisfies the condition, up to the timeout; the last output. */
    String poll(String commands, Predicate<String> condition, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String output;
        do {
            output = ok(commands);
            if (condition.test(output)) {
                return output;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("after " + timeoutMillis + " ms, shelf -c \"" + commands + "\" still shows:\n" + output);
    }

    /** The line of a table that mentions the text, or null. */
    static String lineWith(String table, String text) {
        return table.lines().filter(line -> line.contains(text)).findFirst().orElse(null);
    }
}
