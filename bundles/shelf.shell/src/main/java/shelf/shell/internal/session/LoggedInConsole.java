package shelf.shell.internal.session;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import shelf.api.runtime.PluginStartup;
import shelf.api.security.Subject;
import shelf.api.shell.Consoles;
import shelf.api.shell.SessionVariables;
import shelf.shell.internal.console.CommandLineCompleter;
import shelf.shell.internal.console.InteractiveConsole;
import shelf.shell.internal.console.StatementRunner;
import shelf.shell.internal.security.SessionSubjects;

/**
 * The interactive console of a user who has logged in, on a terminal: the same for a session on the local
 * socket and for one over SSH. Completion, help and suggestions offer what the user may run; progress bars
 * draw on the terminal; the user's lines are kept in their own history file.
 */
final class LoggedInConsole {
    private static final System.Logger LOG = System.getLogger(LoggedInConsole.class.getName());
    private static final String GOGO_SCOPE = "SCOPE";

    private final SessionEnvironment environment;
    private final CommandSession session;
    private final Terminal terminal;
    private volatile InteractiveConsole console;

    LoggedInConsole(SessionEnvironment environment, CommandSession session, Terminal terminal) {
        this.environment = environment;
        this.session = session;
        this.terminal = terminal;
    }

    /**
     * Runs the read-run loop until the user leaves; the exit status.
     *
     * @param newPassword the client's SHELF_NEW_PASSWORD, or null
     * @param tty whether the terminal draws (a progress bar, completion lists), rather than a dumb one
     */
    int run(Subject subject, char[] newPassword, PrintStream out, Path workingDirectory, boolean verbose, boolean tty)
            throws IOException {
        try {
            Consoles.Prompt prompt = prompt(LineReaderBuilder.builder().terminal(terminal).appName("shelf-login").build());
            environment.subjects().loggedIn(session, new SessionSubjects.Login(subject, newPassword, prompt::secret));
            prepare(session, workingDirectory, true);
            Predicate<String> mayRun = command -> environment.processor().mayRun(session, command);
            LineReader lineReader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("shelf")
                    .completer(new CommandLineCompleter(session, mayRun, environment.namedCandidates()))
                    .variable(LineReader.HISTORY_FILE, UserHistory.file(environment.historyFolder(), subject.name()))
                    // '!' is plain text in commands, not a history reference
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            StatementRunner runner = new StatementRunner(session, subject, mayRun, out, out, verbose, tty,
                    environment.plugins());
            console = new InteractiveConsole(session, terminal, lineReader, runner);
            if (tty) {
                environment.terminals().opened(session, terminal);
            }
            // The user has logged in and the prompt comes next: the plugins start behind it (in a runtime that
            // started with this session; elsewhere they have already).
            PluginStartup plugins = environment.plugins().get();
            if (plugins != null) {
                plugins.startBehind();
            }
            int status = console.run();
            saveHistory(lineReader);
            return status;
        } finally {
            environment.subjects().closed(session);
            environment.terminals().closed(session);
        }
    }

    /** The client went away: stops the command running, if any. */
    void interruptRunningCommand() {
        InteractiveConsole running = console;
        if (running != null) {
            running.interruptRunningCommand();
        }
    }

    static void prepare(CommandSession session, Path workingDirectory, boolean interactive) {
        session.currentDir(workingDirectory);
        // A bare name looks in the shell scope first, so "help" is ours and not Felix gogo.command's felix:help.
        session.put(GOGO_SCOPE, "shell:*");
        // Commands that report problems as data (validate) fail a script but not an interactive session.
        session.put(SessionVariables.INTERACTIVE, interactive);
    }

    /** Questions on the session's terminal, through a line reader that keeps no history. */
    static Consoles.Prompt prompt(LineReader reader) {
        return new Consoles.Prompt() {
            @Override
            public String line(String prompt) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException | EndOfFileException | java.io.IOError e) {
                    return null;
                }
            }

            @Override
            public char[] secret(String prompt) {
                try {
                    return reader.readLine(prompt, '\0').toCharArray(); // mask 0: nothing is echoed
                } catch (UserInterruptException | EndOfFileException | java.io.IOError e) {
                    return null;
                }
            }
        };
    }

    private static void saveHistory(LineReader lineReader) {
        try {
            lineReader.getHistory().save();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save the shell history: {0}", e.toString());
        }
    }
}
