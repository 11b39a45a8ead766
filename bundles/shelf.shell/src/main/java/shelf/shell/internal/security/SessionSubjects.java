package shelf.shell.internal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.CommandSession;
import org.osgi.service.component.annotations.Component;

import shelf.api.security.AccessRefusedException;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;

/**
 * Whom each open shell session logged in as. Kept here, by session object, and never in a session
 * variable: a script can assign any variable, but only the session's login puts an entry here.
 */
@Component(service = {CurrentUser.class, SessionSubjects.class})
public class SessionSubjects implements CurrentUser {

    /** What a session's login established. */
    public record Login(Subject subject, char[] newPassword, PasswordPrompt prompt) {}

    /** Reads a password without echo on the session's terminal; absent for -c sessions. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char[] read(String prompt);
    }

    private final Map<CommandSession, Login> logins = new ConcurrentHashMap<>();

    public void loggedIn(CommandSession session, Login login) {
        logins.put(session, login);
    }

    public void closed(CommandSession session) {
        Login login = logins.remove(session);
        if (login != null && login.newPassword() != null) {
            java.util.Arrays.fill(login.newPassword(), '\0');
        }
    }

    @Override
    public Subject of(CommandSession session) {
        Login login = session == null ? null : logins.get(session);
        if (login == null) {
            throw new AccessRefusedException("this session has not logged in");
        }
        return login.subject();
    }

    @Override
    public char[] newPassword(CommandSession session, String userName) {
        Login login = session == null ? null : logins.get(session);
        if (login == null) {
            throw new AccessRefusedException("this session has not logged in");
        }
        if (login.newPassword() != null) {
            return login.newPassword().clone();
        }
        if (login.prompt() == null) {
            throw new IllegalArgumentException("set SHELF_NEW_PASSWORD to the new user's password (no prompt with -c)");
        }
        char[] first = login.prompt().read("Password for " + userName + ": ");
        char[] again = first == null ? null : login.prompt().read("The same again: ");
        if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
            throw new IllegalArgumentException("the two passwords differ — nothing was added");
        }
        java.util.Arrays.fill(again, '\0');
        return first;
    }
}
