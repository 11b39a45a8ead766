package shelf.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs the assembled distribution's bin/shelf on one home, as a user at a shell prompt would. It logs in as
 * {@value #ADMIN} through SHELF_USER / SHELF_PASSWORD, which on a fresh home creates that admin.
 */
final class ShelfCommand {

    static final Path DIST = Path.of(System.getProperty("shelf.dist", "target/shelf")).toAbsolutePath();
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-secret-1";

    record Result(int status, String out, String err) {

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Path workingDir;
    private final Map<String, String> environment;

    ShelfCommand(Path home) {
        this(home, null, Map.of("SHELF_USER", ADMIN, "SHELF_PASSWORD", ADMIN_PASSWORD));
    }

    private ShelfCommand(Path home, Path workingDir, Map<String, String> environment) {
        this.home = home;
        this.workingDir = workingDir;
        this.environment = environment;
    }

    /** The same instance, run from a folder: commands resolve relative file names against it. */
    ShelfCommand in(Path folder) {
        return new ShelfCommand(home, folder, environment);
    }

    /** The same instance, logged in as another user. */
    ShelfCommand as(String user, String password) {
        return with("SHELF_USER", user).with("SHELF_PASSWORD", password);
    }

    /** The same instance with no credentials in the environment. */
    ShelfCommand withoutLogin() {
        return new ShelfCommand(home, workingDir, Map.of());
    }

    /** The same instance with one more environment variable (SHELF_NEW_PASSWORD, say). */
    ShelfCommand with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(environment);
        changed.put(name, value);
        return new ShelfCommand(home, workingDir, changed);
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
            builder.environment().remove("SHELF_USER");
            builder.environment().remove("SHELF_PASSWORD");
            builder.environment().remove("SHELF_NEW_PASSWORD");
            builder.environment().putAll(environment);
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
        return poll(commands, condition, timeoutMillis, 100);
    }

    /** As {@link #poll(String, Predicate, long)}, {@code intervalMillis} apart: each try starts a JVM and logs in. */
    String poll(String commands, Predicate<String> condition, long timeoutMillis, long intervalMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String output;
        do {
            output = ok(commands);
            if (condition.test(output)) {
                return output;
            }
            Thread.sleep(intervalMillis);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("after " + timeoutMillis + " ms, shelf -c \"" + commands + "\" still shows:\n" + output);
    }

    /** The line of a table that mentions the text, or null. */
    /**
     * Makes {@code home} a development home before its first start: the distribution's boot features and the
     * sandbox (a development-only feature) on any free port, since another build may hold the fixed one.
     */
    static void withSandbox(Path home) throws java.io.IOException {
        java.util.Properties dist = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(DIST.resolve("etc/shelf.properties"))) {
            dist.load(in);
        }
        java.nio.file.Files.createDirectories(home.resolve("etc/channels"));
        java.nio.file.Files.writeString(home.resolve("etc/channels/sandbox.properties"), "port=0\n");
        java.nio.file.Files.writeString(home.resolve("etc/shelf.properties"),
                "shelf.features.boot=" + dist.getProperty("shelf.features.boot") + ",sandbox\n");
    }

    /** Done jobs in the last line of `jobs`: "4,000 jobs: 1,234 done, 0 failed, …". */
    static int doneJobs(String jobs) {
        String last = jobs.strip().lines().reduce((a, b) -> b).orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d,]+) done").matcher(last);
        return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : 0;
    }

    static String lineWith(String table, String text) {
        return table.lines().filter(line -> line.contains(text)).findFirst().orElse(null);
    }
}
