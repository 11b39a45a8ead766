package shelf.shell.internal.security;

import java.util.Collection;
import java.util.List;

import org.apache.felix.service.command.CommandSession;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.shell.internal.console.CommandCatalog;

/**
 * Checks, before a statement runs, that the session's subject may run every command in it. Every statement
 * of every session passes here, so a command added by any bundle is covered without knowing about it.
 */
public final class AccessGate {
    private final CommandAccess access;
    private final Subject subject;

    public AccessGate(CommandAccess access, Subject subject) {
        this.access = access;
        this.subject = subject;
    }

    /** Throws, naming the role needed, when the subject may not run a command of the statement. */
    public void check(CommandSession session, String statement) {
        if (subject.isAdmin()) {
            return;
        }
        List<String> typed;
        try {
            typed = StatementCommands.of(statement);
        } catch (StatementCommands.Malformed e) {
            return; // Gogo reports the syntax error when it runs the statement; nothing runs
        }
        Collection<String> known = CommandCatalog.names(session);
        for (String name : typed) {
            if (name.equals(StatementCommands.COMPUTED)) {
                throw new AccessRefusedException("a statement that computes which command to run needs the role "
                        + "admin — " + subject.name() + " has " + subject.roleNames());
            }
            for (String command : scoped(name, known)) {
                access.check(subject, command);
            }
        }
    }

    /**
     * The registered commands a name can run: "scope:function" as written, or for a bare name every scope's
     * function of that name (the shell's first, as the session's SCOPE does; else each must be allowed). Unknown names are left to
     * Gogo, which says so.
     */
    static List<String> scoped(String name, Collection<String> known) {
        String function = name.startsWith("*:") ? name.substring(2) : name;
        if (function.indexOf(':') >= 0) {
            return known.contains(function) ? List.of(function) : List.of();
        }
        // the session's SCOPE is "shell:*": the shell's own command of that name comes first
        if (known.contains("shell:" + function)) {
            return List.of("shell:" + function);
        }
        return known.stream().filter(k -> k.substring(k.indexOf(':') + 1).equals(function)).toList();
    }
}
