package shelf.api.security;

/**
 * A command or an object the subject may not use. The message names what is needed
 * ("review:approve needs the role reviewer — alice is editor").
 */
public class AccessRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
