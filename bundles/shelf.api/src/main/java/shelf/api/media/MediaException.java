package shelf.api.media;

/** A media file that cannot be read; the message names the file and says what is wrong with it. */
public class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
