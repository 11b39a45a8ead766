package shelf.api.channel;

/**
 * A call to a marketplace that did not succeed, classified so the publishing engine knows whether to
 * retry. The message is the platform's reason in a sentence an operator can act on; it never contains
 * a secret.
 */
public class ChannelException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        /** The platform throttled us (QPS or daily quota): retry later, nothing was done. */
        RATE_LIMITED(true),
        /** The platform said it is busy or failed internally (系统繁忙): retry later. */
        BUSY(true),
        /**
         * No answer in time, or the connection broke: retry, but the call may have taken effect, so look
         * the listing up by outer id before creating again.
         */
        UNKNOWN_OUTCOME(true),
        /** The access token expired or was revoked and could not be refreshed: retry after a refresh. */
        TOKEN_EXPIRED(true),
        /** The platform rejected our credentials or signature: a configuration error, do not retry. */
        BAD_CREDENTIALS(false),
        /** The platform refused the listing itself (title too long, category closed …): do not retry. */
        REFUSED(false),
        /** The listing or SKU does not exist on the platform. */
        NOT_FOUND(false),
        /**
         * The platform took the listing in and is still reviewing it (审核中) when the adapter stopped waiting:
         * not live yet. Ask again later; the listing exists, so look it up by outer id rather than create it
         * again. The platform answered, so it is up.
         *
         * @since 1.3
         */
        UNDER_REVIEW(true),
        /**
         * The platform's review rejected the listing (审核驳回); the message carries the platform's reason. It is
         * not live; the listing exists in its rejected state, so a later publish looks it up by outer id and
         * sends the corrected product to it rather than creating a second one.
         *
         * @since 1.3
         */
        REVIEW_REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }

        /**
         * Whether the listing may exist on the platform after a call that failed so: the answer was lost, or
         * the platform took the listing and is reviewing or rejected it. The next attempt looks it up by outer id
         * before it creates one.
         *
         * @since 1.3
         */
        public boolean listingMayExist() {
            return this == UNKNOWN_OUTCOME || this == UNDER_REVIEW || this == REVIEW_REJECTED;
        }
    }

    private final Kind kind;
    private final String platformCode;

    /**
     * @param kind why it failed
     * @param platformCode the platform's own error code ("isv.item-not-exist", "10000"), or empty
     * @param message the platform's reason, in a sentence
     */
    public ChannelException(Kind kind, String platformCode, String message) {
        this(kind, platformCode, message, null);
    }

    public ChannelException(Kind kind, String platformCode, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.platformCode = platformCode == null ? "" : platformCode;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    public String platformCode() {
        return platformCode;
    }
}
