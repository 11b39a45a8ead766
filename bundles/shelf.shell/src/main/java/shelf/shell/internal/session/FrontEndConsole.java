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
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;

/**
 * The console of a user a front end has logged in (SSH), on a JLine terminal over the front end's streams:
 * the same {@link LoggedInConsole} a local session gets after its login.
 */
final class FrontEndConsole implements Consoles.Console {
    private static final System.Logger LOG = System.getLogger(FrontEndConsole.class.getName());

    private final SessionEnvironment environment;
    private final Subject subject;
    private final InputStream keystrokes;
    private final OutputStream screen;
    private final String type;
    private final String origin;
    private volatile Terminal terminal;
    private volatile LoggedInConsole console;
    private volatile Size size;

    FrontEndConsole(SessionEnvironment environment, Subject subject, InputStream keystrokes, OutputStream screen,
            String type, int columns, int rows, String origin) {
        this.environment = environment;
        this.subject = subject;
        this.keystrokes = keystrokes;
        this.screen = screen;
        this.type = type == null || type.isBlank() || type.equals(Terminal.TYPE_DUMB) ? null : type;
        this.size = new Size(columns > 0 ? columns : 80, rows > 0 ? rows : 24);
        this.origin = origin;
    }

    @Override
    public int run() {
        boolean tty = type != null;
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
        LOG.log(Level.INFO, "console for {0} ({1})", subject.name(), origin);
        try {
            console = new LoggedInConsole(environment, session, terminal);
            return console.run(subject, null, out, Path.of(System.getProperty("user.dir")).toAbsolutePath(), false, tty);
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
