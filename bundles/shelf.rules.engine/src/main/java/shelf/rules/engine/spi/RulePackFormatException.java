package shelf.rules.engine.spi;

/**
 * A pack file that cannot be used: the message names the file, the rule where there is one, and what
 * to fix ("apparel.rules.json, rule material-required: unknown check 'requird' — use one of …").
 */
public final class RulePackFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kind of check the pack names that no installed bundle provides, or null. */
    private final String missingCheck;

    public RulePackFormatException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public RulePackFormatException(String message, Throwable cause, String missingCheck) {
        super(message, cause);
        this.missingCheck = missingCheck;
    }

    /** The check the pack needs and no installed bundle provides, or null when the pack is wrong in itself. */
    public String missingCheck() {
        return missingCheck;
    }

    public RulePackFormatException(String message) {
        this(message, null, null);
    }
}
