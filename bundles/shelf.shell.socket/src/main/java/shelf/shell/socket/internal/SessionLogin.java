package shelf.shell.socket.internal;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.Arrays;

import shelf.api.security.LoginRefusedException;
import shelf.api.security.Subject;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.shell.Consoles;

/**
 * Who a session runs as. SHELF_USER / SHELF_PASSWORD sent by the client log in without a prompt (and create
 * the admin on a home without users); otherwise an interactive session asks on its terminal, and a -c
 * session is refused. There is no default password anywhere. The user store slows down and locks repeated
 * failures, and audits each attempt, so this class only asks and tells.
 */
final class SessionLogin {
    static final String FIRST_ADMIN = "admin";
    private static final int TRIES = 3;
    private static final System.Logger LOG = System.getLogger(SessionLogin.class.getName());

    private final Users users;
    private final String origin;

    /**
     * @param users the user store, or null when it could not be had
     * @param origin where the connection comes from ("local user alice"), for the throttling and the audit trail
     */
    SessionLogin(Users users, String origin) {
        this.users = users;
        this.origin = origin;
    }

    /**
     * @param prompt the terminal to ask on, or null for a -c session
     * @param out where to tell the user what happened (a first admin created); null for a -c session
     */
    Subject login(SessionRequest request, Consoles.Prompt prompt, PrintStream out) throws Consoles.Refused {
        if (users == null) {
            throw new Consoles.Refused("the user store cannot be opened — see log/shelf.log");
        }
        try {
            boolean fresh = !users.any();
            if (!request.user().isEmpty()) {
                return withCredentials(request, fresh, out);
            }
            if (prompt == null) {
                throw new Consoles.Refused(fresh
                        ? "this Shelf home has no users yet — set SHELF_USER and SHELF_PASSWORD to create the admin"
                        : "not logged in — set SHELF_USER and SHELF_PASSWORD for shelf -c and scripts");
            }
            return fresh ? firstAdmin(prompt, out) : asked(prompt, out);
        } catch (UserStoreException e) {
            throw new Consoles.Refused(e.getMessage());
        }
    }

    private Subject withCredentials(SessionRequest request, boolean fresh, PrintStream out)
            throws UserStoreException, Consoles.Refused {
        char[] password = request.password().toCharArray();
        if (fresh) {
            Subject admin = users.createFirstAdmin(request.user(), password);
            if (out != null) { // a -c session keeps its output to what its commands print; the log says it
                out.println("Created the admin user " + admin.name() + " on this new home (from SHELF_USER/SHELF_PASSWORD)");
            }
            LOG.log(Level.INFO, "created the first admin {0}", admin.name());
            return admin;
        }
        try {
            return users.authenticate(request.user(), password, origin);
        } catch (LoginRefusedException e) {
            throw new Consoles.Refused("login failed: " + (e.locked() ? e.getMessage()
                    : "wrong user name or password in SHELF_USER / SHELF_PASSWORD, or the user is disabled"));
        }
    }

    private Subject firstAdmin(Consoles.Prompt prompt, PrintStream out) throws UserStoreException, Consoles.Refused {
        out.println("This Shelf home has no users yet. Choose the password of the user " + FIRST_ADMIN + ".");
        for (int i = 0; i < TRIES; i++) {
            char[] first = prompt.secret("New password for " + FIRST_ADMIN + ": ");
            if (first == null) {
                break;
            }
            char[] again = prompt.secret("The same again: ");
            if (again == null) {
                break;
            }
            boolean same = Arrays.equals(first, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                out.println("The two differ — once more.");
                continue;
            }
            try {
                Subject admin = users.createFirstAdmin(FIRST_ADMIN, first);
                out.println("Created the user " + FIRST_ADMIN + ". Add the others with user:add.");
                return admin;
            } catch (UserStoreException e) {
                out.println(e.getMessage());
            }
        }
        throw new Consoles.Refused("no admin was created — start shelf again to choose the password");
    }

    private Subject asked(Consoles.Prompt prompt, PrintStream out) throws UserStoreException, Consoles.Refused {
        for (int i = 0; i < TRIES; i++) {
            String name = prompt.line("user: ");
            if (name == null) {
                break;
            }
            char[] password = prompt.secret("password: ");
            if (password == null) {
                break;
            }
            try {
                return users.authenticate(name.strip(), password, origin);
            } catch (LoginRefusedException e) {
                out.println(e.locked() ? "Login refused: " + e.getMessage() : "Wrong user name or password.");
            }
        }
        throw new Consoles.Refused("login failed");
    }
}
