package shelf.shell.internal.console;

import java.io.IOError;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The read-run loop of an interactive session. Ctrl-C at the prompt drops the line being typed; while a
 * command runs it interrupts the command's Gogo job. Ctrl-D on an empty line, {@code exit} or the client
 * going away end the session with status 0.
 */
public final class InteractiveConsole {
    public static final String PROMPT = "shelf> ";
    private static final String EXIT = "exit";

    private final CommandSession session;
    private final Terminal terminal;
    private final LineReader reader;
    private final StatementRunner runner;

    public InteractiveConsole(CommandSession session, Terminal terminal, LineReader reader, StatementRunner runner) {
        this.session = session;
        this.terminal = terminal;
        this.reader = reader;
        this.runner = runner;
    }

    public int run() {
        // The line reader installs its own Ctrl-C handler while reading and restores this one afterwards.
        terminal.handle(Terminal.Signal.INT, signal -> interruptRunningCommand());
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException | IOError e) {
                return 0;
            }
            String statement = line.strip();
            if (statement.equals(EXIT)) {
                return 0;
            }
            if (!statement.isEmpty()) {
                runner.run(statement, "");
                terminal.flush();
            }
        }
    }

    /** Interrupts the command running in the foreground, if any; also called when the client goes away. */
    public void interruptRunningCommand() {
        Job job = session.foregroundJob();
        if (job != null) {
            job.interrupt();
        }
    }
}
