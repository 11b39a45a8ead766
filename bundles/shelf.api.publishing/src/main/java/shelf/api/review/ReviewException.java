package shelf.api.review;

/** A review action that cannot be done; the message is the sentence the operator sees. */
public class ReviewException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReviewException(String message) {
        super(message);
    }

    public ReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
