package shelf.launcher;

/** A failure the user can act on; its message is the one-line sentence printed after "error: ". */
final class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
