package shelf.api.publish;

/** A publishing request that cannot be carried out; the message is the sentence the operator sees. */
public class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
