package shelf.shell.internal.session;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

import shelf.api.security.Subject;
import shelf.shell.internal.console.ScriptRunner;
import shelf.shell.internal.console.StatementRunner;
import shelf.shell.internal.security.SessionSubjects;

/** One client connection: reads the 'H' frame, runs the session it asks for, sends the exit status. */
final class SessionConnection implements Runnable {
    private static final System.Logger LOG = System.getLogger(SessionConnection.class.getName());
    static final int REFUSED = 2;
    private static final long SEND_MILLIS = 2000;

    private final SocketChannel channel;
    private final SessionEnvironment environment;
    private final FrameReader reader;
    private final FrameWriter writer;

    SessionConnection(SocketChannel channel, SessionEnvironment environment, String name) {
        this.channel = channel;
        this.environment = environment;
        this.reader = new FrameReader(SocketStreams.input(channel));
        this.writer = new FrameWriter(SocketStreams.output(channel), name + "-output");
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "session connection failed: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "session failed", e);
            writer.exit(1);
        } finally {
            writer.finish(SEND_MILLIS);
            close();
        }
    }

    private void serve() throws IOException {
        Frame hello = reader.read();
        if (hello == null) {
            return;
        }
        if (hello.type() != Frame.HELLO) {
            refuse("the first frame must be 'H', not " + hello);
            return;
        }
        SessionRequest request;
        try {
            request = SessionRequest.parse(hello.text());
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        int status = switch (request.mode()) {
            case SessionRequest.SHUTDOWN -> 0;
            case SessionRequest.COMMANDS -> runCommands(request);
            default -> runInteractive(request);
        };
        writer.exit(status);
        if (request.mode().equals(SessionRequest.SHUTDOWN)) {
            LOG.log(Level.INFO, "stopping the runtime, as a shutdown session asked");
            writer.finish(SEND_MILLIS);
            environment.stopFramework().run();
        }
    }

    /** Ends the session from outside (the runtime is stopping): tells the client, then hangs up. */
    void terminate() {
        try {
            byte[] notice = "\r\nshelf: the runtime is stopping\r\n".getBytes(StandardCharsets.UTF_8);
            writer.write(Frame.STDERR, notice, 0, notice.length);
        } catch (IOException alreadyGone) {
            // nothing to tell
        }
        writer.exit(1);
        writer.finish(SEND_MILLIS);
        close();
    }

    private void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a session: {0}", e.toString());
        }
    }

    private void refuse(String reason) throws IOException {
        byte[] line = ("error: " + reason + "\n").getBytes(StandardCharsets.UTF_8);
        writer.write(Frame.STDERR, line, 0, line.length);
        writer.exit(REFUSED);
    }

    private int runCommands(SessionRequest request) {
        StdinFrameStream keyboard = new StdinFrameStream(reader);
        PrintStream out = new PrintStream(new FrameOutputStream(writer, Frame.STDOUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FrameOutputStream(writer, Frame.STDERR), true, StandardCharsets.UTF_8);
        CommandSession session = environment.processor().createSession(InputStream.nullInputStream(), out, err);
        try {
            Subject subject;
            try {
                subject = new SessionLogin(environment.users().get(), PeerCredentials.origin(channel)).login(request, null, null);
            } catch (SessionLogin.Refused e) {
                err.println("error: " + e.getMessage());
                return REFUSED;
            }
            environment.subjects().loggedIn(session, new SessionSubjects.Login(subject, secret(request.newPassword()), null));
            LoggedInConsole.prepare(session, request.workingDirectory(), false);
            // Nobody reads the keyboard here, but a client that goes away must stop the running command.
            keyboard.onDisconnect(() -> interrupt(session));
            Thread watcher = new Thread(keyboard::drainUntilDisconnect, Thread.currentThread().getName() + "-input");
            watcher.setDaemon(true);
            watcher.start();
            StatementRunner runner = new StatementRunner(session, subject, mayRun(session), out, err,
                    request.verbose(), request.tty(), environment.plugins());
            return ScriptRunner.run(runner, request.commands(), request.fromScriptFile() ? request.source() : null);
        } finally {
            environment.subjects().closed(session);
            session.close();
        }
    }

    private int runInteractive(SessionRequest request) throws IOException {
        StdinFrameStream keyboard = new StdinFrameStream(reader);
        OutputStream screen = new FrameOutputStream(writer, Frame.STDOUT);
        // JLine writes its screen byte by byte and flushes when done: buffer, or every byte is a frame.
        Terminal terminal = TerminalFactory.create(Keystrokes.copied(keyboard), new BufferedOutputStream(screen, 8192),
                request.tty() ? request.term() : null, request.cols(), request.rows());
        keyboard.onWindowChange((cols, rows) -> {
            terminal.setSize(new Size(cols, rows));
            terminal.raise(Terminal.Signal.WINCH);
        });
        PrintStream out = new PrintStream(request.tty() ? new CrlfOutputStream(screen) : screen, true,
                StandardCharsets.UTF_8);
        CommandSession session = environment.processor().createSession(terminal.input(), out, out);
        try {
            LineReader secrets = LineReaderBuilder.builder().terminal(terminal).appName("shelf-login").build();
            Subject subject;
            try {
                subject = new SessionLogin(environment.users().get(), PeerCredentials.origin(channel))
                        .login(request, LoggedInConsole.prompt(secrets), out);
            } catch (SessionLogin.Refused e) {
                out.println("error: " + e.getMessage());
                terminal.flush();
                return REFUSED;
            }
            LoggedInConsole console = new LoggedInConsole(environment, session, terminal);
            keyboard.onDisconnect(console::interruptRunningCommand);
            return console.run(subject, secret(request.newPassword()), out, request.workingDirectory(),
                    request.verbose(), request.tty());
        } finally {
            session.close();
            terminal.close();
        }
    }

    /** Whether the session's user may run a "scope:function": help, completion and suggestions show only those. */
    private Predicate<String> mayRun(CommandSession session) {
        return command -> environment.processor().mayRun(session, command);
    }

    private static char[] secret(String text) {
        return text == null || text.isEmpty() ? null : text.toCharArray();
    }

    private static void interrupt(CommandSession session) {
        Job job = session.foregroundJob();
        if (job != null) {
            job.interrupt();
        }
    }
}
