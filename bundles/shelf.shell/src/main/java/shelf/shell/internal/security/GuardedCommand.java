package shelf.shell.internal.security;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;

/**
 * One registered command as a session finds it: each time it runs, the session's user is checked against
 * the command ACL first, whatever way the name was written (any case, bare or scoped) or reached (a line,
 * a pipeline, a $(…), a script another command runs).
 *
 * @param command the registered "scope:function" (Gogo keeps it in lower case)
 * @param target Gogo's own function for the command
 */
public record GuardedCommand(String command, Function target, Check check) implements Function {

    /** Throws AccessRefusedException unless the session's user may run the command. */
    @FunctionalInterface
    public interface Check {
        void check(CommandSession session, String command);
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        check.check(session, command);
        return target.execute(session, arguments);
    }
}
