package shelf.shell.internal.console;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import org.apache.felix.gogo.runtime.CommandNotFoundException;

import shelf.api.security.AccessRefusedException;

/**
 * Turns what a statement threw into the one sentence the user sees after "error: ". A command's own
 * exception already carries that sentence; Gogo's own failures (an unknown name, arguments that fit no
 * method) are reworded so they say what to do.
 */
public final class CommandFailure {
    private CommandFailure() {
    }

    /** The failure a user sees: the command's own exception, without Gogo's and reflection's wrappers. */
    public static Throwable cause(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof ExecutionException || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static boolean isInterruption(Throwable thrown) {
        Throwable t = cause(thrown);
        return t instanceof InterruptedException || t instanceof CancellationException
                || t instanceof java.nio.channels.ClosedByInterruptException;
    }

    /** Gogo's unknown-command failure carries no stack worth showing anyone. */
    public static boolean isUserError(Throwable thrown) {
        return cause(thrown) instanceof CommandNotFoundException || cause(thrown) instanceof AccessRefusedException
                || cause(thrown) instanceof PlainGrammar.NotPlain
                || isInterruption(thrown);
    }

    /** The sentence for the user; {@code knownCommands} are the scope:function names for suggestions. */
    public static String message(Throwable thrown, String statement, Collection<String> knownCommands) {
        Throwable t = cause(thrown);
        if (t instanceof CommandNotFoundException notFound) {
            return unknownCommand(notFound.getCommand(), knownCommands);
        }
        if (isInterruption(t)) {
            return "interrupted";
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName() + " in '" + statement + "' — the log has the details";
        }
        if (message.startsWith("Cannot coerce ")) {
            return "wrong arguments for " + firstWord(statement) + " — see help " + firstWord(statement);
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    public static String unknownCommand(String typed, Collection<String> knownCommands) {
        List<String> nearest = NearestNames.of(typed, knownCommands);
        if (nearest.isEmpty()) {
            return "unknown command '" + typed + "' — type help to list the commands";
        }
        return "unknown command '" + typed + "' — did you mean " + NearestNames.joined(nearest) + "?";
    }

    private static String firstWord(String statement) {
        String trimmed = statement.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
