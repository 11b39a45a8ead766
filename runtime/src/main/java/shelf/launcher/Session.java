package shelf.launcher;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * `shelf`, `shelf -c …`, `shelf FILE.shelf`: a session with the instance running on the home,
 * or with one started in this process for as long as the session lasts.
 */
final class Session {

    private static final long SOCKET_TIMEOUT_MS = 10_000;

    private final LaunchOptions options;
    private final ShelfHome home;
    private final UserConsole console;

    Session(LaunchOptions options, ShelfHome home, UserConsole console) {
        this.options = options;
        this.home = home;
        this.console = console;
    }

    int run() throws IOException {
        if (options.action() == LaunchOptions.Action.COMMANDS) {
            // a wrong script path fails before anything starts
            Hello hello = commandsHello();
            return new SessionClient(connectOrStart(), console).run(hello);
        }
        // The terminal is set up while Shelf starts, which takes a while either way; once it is raw,
        // what the user types is kept for the prompt.
        CompletableFuture<LocalTerminal> opening = CompletableFuture.supplyAsync(LocalTerminal::open);
        SocketChannel connection;
        try {
            connection = connectOrStart();
        } catch (RuntimeException e) {
            opening.thenAccept(LocalTerminal::close).exceptionally(ignored -> null).join();
            throw e;
        }
        try (LocalTerminal terminal = terminal(opening)) {
            return new SessionClient(connection, console).runInteractive(terminal, options.verbose());
        }
    }

    private static LocalTerminal terminal(CompletableFuture<LocalTerminal> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw new LaunchException("cannot use this terminal (" + e.getCause().getMessage()
                    + ") — run with -c \"commands\" instead", e.getCause());
        }
    }

    /** A connection to the instance running on the home, or to one started here. */
    private SocketChannel connectOrStart() {
        Optional<SocketChannel> running = SessionSocket.connect(home.socket());
        return running.isPresent() ? running.get() : startHere();
    }

    /**
     * Starts Shelf in this process, the core and the console only; a shutdown hook stops it once the
     * session's status is known. The shell starts the plugins: an interactive session once its user has
     * logged in, -c and scripts when a statement names a command not there yet, so that a command of the
     * core runs (and the process ends) without waiting for every plugin to start and stop.
     */
    private SocketChannel startHere() {
        RuntimeLog.install(home, options.verbose());
        ShelfFramework framework = ShelfFramework.init(home, Distribution.locate(), options.verbose());
        PidFile.write(home);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            framework.stop();
            PidFile.deleteIfOurs(home);
        }, "shelf-stop"));
        framework.start();
        return SessionSocket.await(home.socket(), SOCKET_TIMEOUT_MS, framework::isRunning)
                .orElseThrow(() -> new LaunchException("Shelf started but its session socket " + home.socket()
                        + " did not open within " + SOCKET_TIMEOUT_MS / 1000 + " s — see " + home.logFile()));
    }

    private Hello commandsHello() {
        String text = options.isScript() ? readScript(Path.of(options.source())) : options.commands();
        OptionalInt width = LocalTerminal.stdoutWidth();
        return Hello.commands(text, options.source(), width.isPresent(), width.orElse(80), options.verbose());
    }

    private static String readScript(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LaunchException("cannot read the script " + script + " (" + e.getClass().getSimpleName()
                    + ") — give the path of a .shelf file, or -c \"commands\"");
        }
    }
}
