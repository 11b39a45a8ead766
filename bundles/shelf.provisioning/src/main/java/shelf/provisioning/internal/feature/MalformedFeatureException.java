package shelf.provisioning.internal.feature;

/** A feature file that cannot be used; the message names the file and what is wrong. */
public class MalformedFeatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedFeatureException(String message) {
        super(message);
    }
}
