package shelf.shell.internal.session;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;

/**
 * A front end's console on a JLine terminal over its streams (the session socket, SSH): the login the front end
 * gives, asked on that terminal, then the {@link LoggedInConsole}.
 */
final class FrontEndConsole implements Consoles.Console {
    private static final System.Logger LOG = System.getLogger(FrontEndConsole.class.getName());

    private final SessionEnvironment environment;
    private final Consoles.Login login;
    private final Path workingDirectory;
    private final boolean verbose;
    private final char[] newPassword;
    private final InputStream keystrokes;
    private final OutputStream screen;
    private final boolean tty;
    private final String type;
    private final String origin;
    private volatile Terminal terminal;
    private volatile LoggedInConsole console;
    private volatile Size size;

    /** @param tty whether the client's screen is a terminal in raw mode (a "dumb" one too) */
    FrontEndConsole(SessionEnvironment environment, Consoles.Login login, InputStream keystrokes, OutputStream screen,
            boolean tty, String type, int columns, int rows, Path workingDirectory, boolean verbose, char[] newPassword,
            String origin) {
        this.environment = environment;
        this.login = login;
        this.workingDirectory = workingDirectory;
        this.verbose = verbose;
        this.newPassword = newPassword;
        this.keystrokes = keystrokes;
        this.screen = screen;
        this.tty = tty;
        this.type = type == null || type.isBlank() || type.equals(Terminal.TYPE_DUMB) ? null : type;
        this.size = new Size(columns > 0 ? columns : 80, rows > 0 ? rows : 24);
        this.origin = origin;
    }

    @Override
    public int run() {
        try {
            // JLine writes its screen byte by byte and flushes when done: buffered, the client gets whole screens
            terminal = TerminalFactory.create(Keystrokes.copied(keystrokes), new BufferedOutputStream(screen, 8192),
                    type, size.getColumns(), size.getRows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the client's terminal is in raw mode: the console ends its lines with CR LF, as for the local shell
        PrintStream out = new PrintStream(tty ? new CrlfOutputStream(screen) : screen, true, StandardCharsets.UTF_8);
        CommandSession session = environment.processor().createSession(terminal.input(), out, out);
        try {
            Subject subject;
            EarlyPrompt early = EarlyPrompt.showIf(tty && type != null && !login.asksOnTerminal(), terminal);
            try {
                subject = login.logIn(LoggedInConsole.prompt(
                        LineReaderBuilder.builder().terminal(terminal).appName("shelf-login").build()),
                        early.loginOutput(out));
            } catch (Consoles.Refused e) {
                early.withdraw(out);
                out.println("error: " + e.getMessage());
                terminal.flush();
                return Consoles.REFUSED;
            }
            early.loggedIn(out);
            LOG.log(Level.INFO, "console for {0} ({1})", subject.name(), origin);
            console = new LoggedInConsole(environment, session, terminal);
            return console.run(subject, newPassword, out, workingDirectory, verbose, tty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.close();
            try {
                terminal.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing a terminal: {0}", e.toString());
            }
        }
    }

    @Override
    public void resize(int columns, int rows) {
        size = new Size(columns, rows);
        Terminal current = terminal;
        if (current != null) {
            current.setSize(size);
            current.raise(Terminal.Signal.WINCH);
        }
    }

    @Override
    public void hangUp() {
        LoggedInConsole current = console;
        if (current != null) {
            current.interruptRunningCommand();
        }
    }
}
