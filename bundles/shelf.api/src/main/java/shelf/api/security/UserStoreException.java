package shelf.api.security;

/** A login or user change that cannot be done; the message is the sentence the user sees. */
public class UserStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public UserStoreException(String message) {
        super(message);
    }
}
