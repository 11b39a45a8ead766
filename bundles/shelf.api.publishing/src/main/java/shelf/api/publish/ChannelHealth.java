package shelf.api.publish;

import java.util.Locale;

/** How a channel is doing, as its worker sees it. */
public enum ChannelHealth {
    /** Calls succeed. */
    UP,
    /** Recent calls failed; the circuit is still closed, retries are backing off. */
    DEGRADED,
    /** The circuit breaker is open after a run of failures: no calls until it tries again. */
    DOWN,
    /** No adapter for the channel is installed: its jobs wait. */
    ABSENT,
    /**
     * An adapter is installed and no call has been made since Shelf started: nothing says yet whether the
     * platform answers ("not called yet").
     *
     * @since 2.2
     */
    IDLE;

    public String label() {
        return this == IDLE ? "not called yet" : name().toLowerCase(Locale.ROOT);
    }
}
