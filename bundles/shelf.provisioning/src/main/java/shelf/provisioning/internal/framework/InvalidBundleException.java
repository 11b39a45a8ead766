package shelf.provisioning.internal.framework;

/** A jar the framework cannot take as a bundle; the message names the file and what to do. */
public class InvalidBundleException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidBundleException(String message) {
        super(message);
    }
}
