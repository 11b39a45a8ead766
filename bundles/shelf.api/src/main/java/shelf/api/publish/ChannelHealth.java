package shelf.api.publish;

import java.util.Locale;

/** How a channel is doing, as its worker sees it. */
public enum ChannelHealth {
    /** Calls succeed (or none has been made yet). */
    UP,
    /** Recent calls failed; the circuit is still closed, retries are backing off. */
    DEGRADED,
    /** The circuit breaker is open after a run of failures: no calls until it tries again. */
    DOWN,
    /** No adapter for the channel is installed: its jobs wait. */
    ABSENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
