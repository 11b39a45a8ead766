package shelf.rules.engine.internal;

/**
 * A pack file that cannot be used: the message names the file, the rule where there is one, and what
 * to fix ("apparel.rules.json, rule material-required: unknown check 'requird' — use one of …").
 */
public final class RulePackFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    RulePackFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    RulePackFormatException(String message) {
        super(message);
    }
}
