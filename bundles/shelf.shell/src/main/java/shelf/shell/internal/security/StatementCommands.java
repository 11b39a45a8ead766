package shelf.shell.internal.security;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.Parser;
import org.apache.felix.gogo.runtime.Token;

/**
 * The commands a statement would run, found the way Gogo itself parses it: the first word of every
 * statement, in pipelines, sequences ( … ), closures { … } and the right side of assignments. A statement
 * whose command is computed ($var, a closure) yields {@link #COMPUTED}, which only admin may run, since what
 * it runs cannot be known before it runs.
 */
public final class StatementCommands {
    public static final String COMPUTED = "(computed command)";

    private StatementCommands() {}

    /** A statement Gogo cannot parse: it runs nothing, and Gogo itself says what is wrong when asked to run it. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(Throwable cause) {
            super(cause);
        }
    }

    /** The command names as written ("import", "review:approve"), in order. */
    public static List<String> of(CharSequence statement) throws Malformed {
        Parser.Program program;
        try {
            program = new Parser(statement).program();
        } catch (RuntimeException e) {
            throw new Malformed(e);
        }
        List<String> names = new ArrayList<>();
        walk(program, names);
        return names;
    }

    private static void walk(Token token, List<String> names) {
        if (token instanceof Parser.Program program) {
            program.tokens().forEach(t -> walk(t, names));
        } else if (token instanceof Parser.Pipeline pipeline) {
            pipeline.tokens().forEach(t -> walk(t, names));
        } else if (token instanceof Parser.Sequence sequence) {
            walk(sequence.program(), names);
        } else if (token instanceof Parser.Closure closure) {
            walk(closure.program(), names);
        } else if (token instanceof Parser.Array array) {
            if (array.list() != null) {
                array.list().forEach(t -> walk(t, names));
            }
            if (array.map() != null) {
                array.map().forEach((k, v) -> {
                    walk(k, names);
                    walk(v, names);
                });
            }
        } else if (token instanceof Parser.Statement statement) {
            statement(statement.tokens(), names);
        }
    }

    private static void statement(List<Token> tokens, List<String> names) {
        if (tokens.isEmpty()) {
            return;
        }
        int first = 0;
        if (tokens.size() >= 2 && "=".contentEquals(tokens.get(1))) {
            first = 2; // NAME = VALUE: VALUE is what runs
            if (tokens.size() == 2) {
                return;
            }
            if (tokens.size() == 3) { // a single value is assigned, not run, unless it is ( … ) or { … }
                walk(tokens.get(2), names);
                return;
            }
        }
        Token command = tokens.get(first);
        if (command instanceof Parser.Closure || command instanceof Parser.Sequence
                || command instanceof Parser.Array) {
            walk(command, names);
            if (!(command instanceof Parser.Array) && tokens.size() > first + 1) {
                names.add(COMPUTED); // a closure or a sequence called with arguments
            }
        } else {
            String word = command.toString();
            names.add(word.indexOf('$') >= 0 || word.startsWith("\"") || word.startsWith("'") ? COMPUTED : word);
        }
        for (Token argument : tokens.subList(first + 1, tokens.size())) {
            if (argument instanceof Parser.Sequence || argument instanceof Parser.Closure
                    || argument instanceof Parser.Array) {
                walk(argument, names);
            }
        }
    }
}
