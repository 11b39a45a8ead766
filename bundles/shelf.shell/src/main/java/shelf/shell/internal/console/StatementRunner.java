package shelf.shell.internal.console;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.felix.gogo.runtime.Closure;
import org.apache.felix.gogo.runtime.CommandNotFoundException;
import org.apache.felix.gogo.runtime.CommandSessionImpl;
import org.apache.felix.gogo.runtime.Parser;
import org.apache.felix.gogo.runtime.SyntaxError;
import org.apache.felix.gogo.runtime.Token;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

import shelf.api.runtime.PluginStartup;
import shelf.api.security.Subject;

/**
 * Runs one statement in a Gogo session and shows the user the outcome: a non-null result formatted by the
 * session, or one "error: …" line. The stack trace goes to the log, and to the user only when verbose.
 * Admin's statements are Gogo scripts; everyone else's are read by {@link PlainGrammar}.
 */
public final class StatementRunner {
    private static final System.Logger LOG = System.getLogger(StatementRunner.class.getName());
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";
    /** A command name as Gogo reads a bare word: nothing in it that Gogo would expand. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?");
    /** How long a statement waits for the plugins to start before its unknown command is reported as such. */
    private static final Duration PLUGIN_WAIT = Duration.ofSeconds(60);

    private final CommandSession session;
    private final Subject subject;
    private final Predicate<String> mayRun;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean color;
    private final Supplier<PluginStartup> plugins;

    /**
     * @param subject who the session logged in as: admin's statements are Gogo scripts, others' plain commands
     * @param mayRun whether the user may run a "scope:function", so a suggestion never names another's command
     * @param color whether the client is a terminal, so the error line may be red
     */
    public StatementRunner(CommandSession session, Subject subject, Predicate<String> mayRun, PrintStream out,
            PrintStream err, boolean verbose, boolean color) {
        this(session, subject, mayRun, out, err, verbose, color, () -> null);
    }

    /** @param plugins the plugins' start, asked at each statement; null while none is there (nothing starts) */
    public StatementRunner(CommandSession session, Subject subject, Predicate<String> mayRun, PrintStream out,
            PrintStream err, boolean verbose, boolean color, Supplier<PluginStartup> plugins) {
        this.plugins = plugins;
        this.session = session;
        this.subject = subject;
        this.mayRun = mayRun;
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
        awaitPluginsFor(statement);
        try {
            if (subject.isAdmin()) {
                show(session.execute(statement));
            } else {
                String sessions = subject.roles().isEmpty() ? "non-admin" : subject.roleNames();
                for (PlainGrammar.Command command : PlainGrammar.parse(statement, sessions)) {
                    show(runPlain(command));
                }
            }
            out.flush();
            return true;
        } catch (Exception e) {
            out.flush();
            fail(statement, where, e);
            return false;
        }
    }

    /**
     * While the plugins start behind the console, a statement naming a command that no bundle provides yet
     * waits for them instead of failing as unknown, with a line naming the bundle that brings the command;
     * afterwards it runs as usual (and a name still unknown is reported so).
     */
    private void awaitPluginsFor(String statement) {
        PluginStartup plugins = this.plugins.get();
        if (plugins == null || !plugins.starting()) {
            return;
        }
        List<String> unknown = commandNames(statement).stream()
                .filter(name -> CommandCatalog.registeredName(session, name) == null).toList();
        if (unknown.isEmpty()) {
            return;
        }
        // Named when a bundle's command table lists it; otherwise the wait is quiet, so that a name nobody
        // brings still fails with its one error line (after the plugins have started, as it may be theirs).
        plugins.bundleBringing(unknown.get(0)).ifPresent(bundle -> {
            err.println("waiting for " + bundle + " to start…");
            err.flush();
        });
        try {
            if (!plugins.awaitStarted(PLUGIN_WAIT)) {
                LOG.log(Level.WARNING, "the plugins had not started after {0} s; running ''{1}'' anyway",
                        PLUGIN_WAIT.toSeconds(), statement);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command names the statement calls, as typed; empty when it does not parse (running it says why). */
    private List<String> commandNames(String statement) {
        List<String> names = new ArrayList<>();
        try {
            if (subject.isAdmin()) {
                Parser parser = new Parser(statement);
                parser.program();
                for (Parser.Statement called : parser.statements()) {
                    List<Token> tokens = called.tokens();
                    boolean assignment = tokens.size() > 1 && Token.eq("=", tokens.get(1));
                    if (!tokens.isEmpty() && !assignment && NAME.matcher(tokens.get(0)).matches()) {
                        names.add(tokens.get(0).toString());
                        if (isHelp(tokens.get(0).toString()) && tokens.size() > 1) {
                            names.add(tokens.get(1).toString());
                        }
                    }
                }
            } else {
                String sessions = subject.roles().isEmpty() ? "non-admin" : subject.roleNames();
                for (PlainGrammar.Command command : PlainGrammar.parse(statement, sessions)) {
                    names.add(command.name());
                    if (isHelp(command.name()) && !command.arguments().isEmpty()) {
                        names.add(command.arguments().get(0));
                    }
                }
            }
        } catch (SyntaxError | PlainGrammar.NotPlain e) {
            return List.of();
        }
        names.removeIf(name -> List.of("true", "false", "null").contains(name));
        return names;
    }

    /** help's topic is a command too: {@code help import} waits for the bundle that brings import. */
    private static boolean isHelp(String name) {
        return name.equalsIgnoreCase("help") || name.equalsIgnoreCase("shell:help");
    }

    private void show(Object result) {
        if (result != null) {
            out.println(session.format(result, Converter.INSPECT));
        }
    }

    /**
     * Runs one plain command as Gogo runs any command (a job Ctrl-C interrupts, System.out routed to the
     * session, options parsed), but the only text Gogo parses is the name and "$args": the arguments are the
     * values of $args, so nothing in them is ever expanded, evaluated or redirected.
     */
    private Object runPlain(PlainGrammar.Command command) throws Exception {
        String name = command.name().startsWith("*:") ? command.name().substring(2) : command.name();
        // Gogo reads true, false and null as values, not names, and calls methods on values
        if (!NAME.matcher(name).matches() || List.of("true", "false", "null").contains(name)) {
            throw new CommandNotFoundException(command.name());
        }
        List<Object> arguments = command.arguments().stream().<Object>map(Token::new).toList();
        return new Closure((CommandSessionImpl) session, null, name + " $args").execute(session, arguments);
    }

    private void fail(String statement, String where, Exception e) {
        List<String> suggestions = CommandCatalog.names(session).stream().filter(mayRun).toList();
        String line = "error: " + CommandFailure.message(e, statement, suggestions) + where;
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
