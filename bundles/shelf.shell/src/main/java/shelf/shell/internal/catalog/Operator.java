package shelf.shell.internal.catalog;

import org.apache.felix.service.command.CommandSession;

/** Who runs a command, for the audit trail. */
public final class Operator {
    private Operator() {}

    /**
     * The session's USER variable when a script set one, else the account the runtime runs as: the session
     * socket admits its owner only, so that is who is at the keyboard.
     */
    public static String of(CommandSession session) {
        Object user = session.get("USER");
        return user instanceof String name && !name.isBlank() ? name : System.getProperty("user.name", "");
    }
}
