package shelf.remote.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;

/** The shell an SSH session asks for: the shell bundle's console, for the user the session logged in as. */
final class ConsoleShell implements Command {
    private static final System.Logger LOG = System.getLogger(ConsoleShell.class.getName());

    private final Consoles consoles;
    private final IdleWatch idle;
    private final ScheduledExecutorService timer;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Consoles.Console console;
    private final AtomicBoolean exited = new AtomicBoolean();

    ConsoleShell(Consoles consoles, Duration idleTimeout, ScheduledExecutorService timer) {
        this.consoles = consoles;
        this.idle = new IdleWatch(idleTimeout, Clock.systemUTC());
        this.timer = timer;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the console writes everything to the screen, as the local shell does
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Subject subject = channel.getSession().getAttribute(SessionLogins.SUBJECT);
        String origin = SessionLogins.origin(channel.getServerSession());
        Map<String, String> variables = env.getEnv();
        // TERM is there when the client asked for a terminal (ssh -t, or ssh with no command): without one the
        // console is a dumb terminal that reads lines, for scripts piped in
        String term = variables.get(Environment.ENV_TERM);
        Consoles.Console opened = consoles.open(subject, idle.watch(in), idle.watch(out), term, number(variables.get(Environment.ENV_COLUMNS), 80),
                number(variables.get(Environment.ENV_LINES), 24), origin);
        console = opened;
        env.addSignalListener((ch, signal) -> opened.resize(number(variables.get(Environment.ENV_COLUMNS), 80),
                number(variables.get(Environment.ENV_LINES), 24)), Signal.WINCH);
        // ends the SSH session as the user's exit would (status 0), then stops what the console still runs
        idle.start(timer, out, () -> {
            exit(0);
            opened.hangUp();
        });
        Thread thread = new Thread(() -> {
            int status = 1;
            try {
                status = opened.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "the SSH console of " + subject.name() + " failed", e);
            } finally {
                idle.stop();
                exit(status);
            }
        }, "shelf-ssh-" + subject.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void exit(int status) {
        if (exited.compareAndSet(false, true)) {
            exit.onExit(status);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        idle.stop();
        Consoles.Console opened = console;
        if (opened != null) {
            opened.hangUp();
        }
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
