package shelf.core.internal.rules;

/**
 * The time one rule may take on one product, kept per thread: a rule check starts the clock, and the work
 * that could run long (a pattern over a long text, an expression's regex) looks at it as it goes and stops
 * with {@link Overrun} once the time is spent. Nothing runs on another thread and nothing is interrupted, so
 * a check that overruns leaves no thread behind: it returns, and its rule becomes the run's error finding.
 */
final class RuleBudget {
    /** One second: checks take microseconds; only a runaway one comes near. */
    static final long DEFAULT_MILLIS = 1000;
    private static final ThreadLocal<RuleBudget> CURRENT = ThreadLocal.withInitial(RuleBudget::new);

    private long limitNanos;
    private long start;

    private RuleBudget() {}

    /** This thread's budget; outside a rule check it never stops anything. */
    static RuleBudget current() {
        return CURRENT.get();
    }

    /** Starts a rule's clock: {@code limitNanos} from now (0: no limit). */
    void start(long limitNanos) {
        this.limitNanos = limitNanos;
        this.start = System.nanoTime();
    }

    /** Stops the clock, saying whether the check took more than its time. */
    boolean stop() {
        boolean over = overrun();
        limitNanos = 0;
        return over;
    }

    /** Throws {@link Overrun} when the rule has taken more than its time; called by work that could run long. */
    void spend() {
        if (overrun()) {
            throw new Overrun();
        }
    }

    /** Gives the rule back time it spent waiting for work that is the batch's, not the rule's. */
    void credit(long nanos) {
        start += nanos;
    }

    private boolean overrun() {
        return limitNanos > 0 && System.nanoTime() - start > limitNanos;
    }

    /** A rule check that ran out of time; cheap to throw (no stack trace), caught by the pack. */
    static final class Overrun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overrun() {
            super("rule check over its time budget", null, false, false);
        }
    }
}
