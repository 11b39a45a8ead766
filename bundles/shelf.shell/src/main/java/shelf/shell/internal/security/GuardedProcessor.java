package shelf.shell.internal.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.CommandSessionImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.apache.felix.service.threadio.ThreadIO;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.api.shell.CurrentUser;

/**
 * Gogo's command processor with access decided where Gogo acts, not by reading the line: every command a
 * session looks up is wrapped so the command ACL is checked when it runs (as Karaf guards each command),
 * and method calls on objects and redirection to files are admin's. Non-admin sessions never reach the
 * last two through the plain grammar; refusing them here as well keeps a command that runs script text
 * (osgi:eval, gogo:source) from opening them.
 */
public class GuardedProcessor extends CommandProcessorImpl {
    private final CommandAccess access;
    private final CurrentUser users;

    public GuardedProcessor(ThreadIO threadIO, CommandAccess access, CurrentUser users) {
        super(threadIO);
        this.access = access;
        this.users = users;
    }

    /** Whether the session's user may run the command "scope:function"; false for a session not logged in. */
    public boolean mayRun(CommandSession session, String command) {
        try {
            return access.allows(users.of(session), command);
        } catch (AccessRefusedException notLoggedIn) {
            return false;
        }
    }

    @Override
    protected Function getCommand(String name, Object path) {
        String key = registeredName(name.toLowerCase(Locale.ROOT), path);
        Function command = key == null ? null : super.getCommand(key, null);
        return command == null ? null : new GuardedCommand(key, command, this::check);
    }

    private void check(CommandSession session, String command) {
        access.check(users.of(session), command);
    }

    /**
     * The registered "scope:function" a name runs, found exactly as CommandProcessorImpl.getCommand finds it:
     * "scope:function" itself, or for "*:function" each scope of the session's SCOPE path in turn, '*' taking
     * the first registered scope that has the function. Null when the name runs no command.
     */
    private String registeredName(String name, Object path) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return null;
        }
        if (commands.containsKey(name)) {
            return name;
        }
        if (colon != 1 || name.charAt(0) != '*') {
            return null;
        }
        String function = name.substring(colon);
        String found = null;
        for (String scope : (path == null ? "*" : path.toString()).split(":")) {
            if (scope.equals("*")) {
                found = commands.keySet().stream().filter(k -> k.endsWith(function)).findFirst().orElse(found);
            } else {
                found = commands.containsKey(scope + function) ? scope + function : null;
                if (found != null) {
                    break;
                }
            }
        }
        return found;
    }

    @Override
    public Object invoke(CommandSessionImpl session, Object target, String name, List<Object> args) throws Exception {
        subject(session).requireRole("calling a method (" + name + ")");
        return super.invoke(session, target, name, args);
    }

    @Override
    public Path redirect(CommandSessionImpl session, Path path, int mode) {
        subject(session).requireRole("redirecting to or from a file (" + path + ")");
        return super.redirect(session, path, mode);
    }

    private Subject subject(CommandSession session) {
        return users.of(session);
    }
}
