package shelf.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** `shelf start | stop | status`: Shelf as a background process on a home. */
final class BackgroundInstance {

    static final int NOT_RUNNING = 3;
    /** SHELF_PASSWORD, SHELF_NEW_PASSWORD, and any other variable whose name says it holds a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|PASSWD|SECRET|TOKEN", Pattern.CASE_INSENSITIVE);
    private static final long START_TIMEOUT_MS = 30_000;
    private static final long STOP_TIMEOUT_MS = 30_000;

    private final ShelfHome home;
    private final UserConsole console;

    BackgroundInstance(ShelfHome home, UserConsole console) {
        this.home = home;
        this.console = console;
    }

    int status() {
        if (!SessionSocket.accepts(home.socket())) {
            console.out().println("Shelf is not running (home " + home + ")");
            return NOT_RUNNING;
        }
        console.out().println("Shelf is running (" + pidText() + ", home " + home + ")");
        return 0;
    }

    int start(boolean verbose) throws IOException, InterruptedException {
        if (SessionSocket.accepts(home.socket())) {
            console.out().println("Shelf is already running (" + pidText() + ", home " + home + ")");
            return 0;
        }
        DatabaseFile.check(home);
        FileModes.limit(home.consoleLog(), FileModes.LOG_FILE);
        ProcessBuilder builder = new ProcessBuilder(daemonCommand(verbose))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.consoleLog().toFile()))
                .redirectErrorStream(true);
        withoutPasswords(builder.environment());
        Process daemon = builder.start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!SessionSocket.accepts(home.socket())) {
            if (!daemon.isAlive()) {
                throw new LaunchException("Shelf did not start (exit status " + daemon.exitValue() + ") — see "
                        + home.consoleLog() + " and " + home.logFile());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new LaunchException("Shelf (pid " + daemon.pid() + ") did not open its session socket within "
                        + START_TIMEOUT_MS / 1000 + " s — see " + home.logFile() + "; `shelf status` tells when it is up");
            }
            Thread.sleep(10);
        }
        console.out().println("Shelf started (" + pidText() + ", home " + home + ")");
        return 0;
    }

    int stop() throws InterruptedException {
        Optional<SocketChannel> connection = SessionSocket.connect(home.socket());
        if (connection.isEmpty()) {
            console.out().println("Shelf is not running (home " + home + ")");
            return 0;
        }
        OptionalLong pid = PidFile.read(home);
        new SessionClient(connection.get(), console).run(Hello.shutdown());
        if (pid.isPresent()) {
            awaitExit(pid.getAsLong());
        }
        console.out().println("Shelf stopped");
        return 0;
    }

    private void awaitExit(long pid) throws InterruptedException {
        long deadline = System.currentTimeMillis() + STOP_TIMEOUT_MS;
        while (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
            if (System.currentTimeMillis() > deadline) {
                throw new LaunchException("Shelf (pid " + pid + ") did not stop within " + STOP_TIMEOUT_MS / 1000
                        + " s — see " + home.logFile() + "; `kill " + pid + "` ends it");
            }
            Thread.sleep(20);
        }
    }

    /**
     * The runtime needs no password: the first session's SHELF_USER / SHELF_PASSWORD create the admin over
     * the socket. Left in its environment, they would be readable for as long as it runs (/proc/PID/environ,
     * or from inside it).
     */
    static void withoutPasswords(Map<String, String> environment) {
        environment.keySet().removeIf(name -> SECRET_NAME.matcher(name).find());
    }

    private String pidText() {
        OptionalLong pid = PidFile.read(home);
        return pid.isPresent() ? "pid " + pid.getAsLong() : "pid unknown";
    }

    /** This same launcher with the same JVM options, detached from the terminal by setsid when there is one. */
    private List<String> daemonCommand(boolean verbose) {
        List<String> command = new ArrayList<>();
        findOnPath("setsid").ifPresent(setsid -> command.add(setsid.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add("--home");
        command.add(home.toString());
        if (verbose) {
            command.add("--verbose");
        }
        command.add("--daemon");
        return command;
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
