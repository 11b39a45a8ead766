package shelf.api.security;

/**
 * A login that is refused: the name and password do not match an active user, or the name is locked after
 * failed logins. The message is the line a front end shows; it never says which part was wrong, and a name
 * that is no user gets the same words as one that is.
 */
public class LoginRefusedException extends UserStoreException {
    private static final long serialVersionUID = 1L;

    private final boolean locked;

    public LoginRefusedException(String message, boolean locked) {
        super(message);
        this.locked = locked;
    }

    /** Whether the name is locked (an admin must run user:unlock), rather than the password wrong. */
    public boolean locked() {
        return locked;
    }
}
