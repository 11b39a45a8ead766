package shelf.shell.internal.console;

import java.io.PrintStream;
import java.lang.System.Logger.Level;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

import shelf.shell.internal.security.AccessGate;

/**
 * Runs one statement in a Gogo session and shows the user the outcome: a non-null result formatted by the
 * session, or one "error: …" line. The stack trace goes to the log, and to the user only when verbose.
 */
public final class StatementRunner {
    private static final System.Logger LOG = System.getLogger(StatementRunner.class.getName());
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private final CommandSession session;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean color;
    private final AccessGate gate;

    /**
     * @param gate checks that the session's user may run the commands of each statement
     * @param color whether the client is a terminal, so the error line may be red
     */
    public StatementRunner(CommandSession session, AccessGate gate, PrintStream out, PrintStream err, boolean verbose,
            boolean color) {
        this.session = session;
        this.gate = gate;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.color = color;
    }

    /**
     * @param where appended to the error message, e.g. " (import.shelf, line 3)", or empty
     * @return whether the statement succeeded
     */
    public boolean run(String statement, String where) {
        try {
            gate.check(session, statement);
            Object result = session.execute(statement);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
            out.flush();
            return true;
        } catch (Exception e) {
            out.flush();
            fail(statement, where, e);
            return false;
        }
    }

    private void fail(String statement, String where, Exception e) {
        String line = "error: " + CommandFailure.message(e, statement, CommandCatalog.names(session)) + where;
        err.println(color ? RED + line + RESET : line);
        Throwable cause = CommandFailure.cause(e);
        if (CommandFailure.isUserError(e)) {
            LOG.log(Level.DEBUG, () -> "'" + statement + "': " + line);
        } else {
            LOG.log(Level.INFO, "'" + statement + "' failed", cause);
            if (verbose) {
                cause.printStackTrace(err);
            }
        }
        err.flush();
    }
}
