package shelf.rules.engine.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The time one rule may take on one product, kept per thread. The work that could run long (a pattern over
 * a long text, an expression's =~) calls {@link #spend()} as it goes, and stops with {@link Overrun} once the
 * rule has used its time. Nothing runs on another thread and nothing is interrupted, so a check that
 * overruns leaves no thread behind: it returns, and its rule becomes the run's error finding.
 *
 * <p>The clock starts at the first {@code spend()}, not with the check: the millions of checks that never
 * read a long text never look at a clock. What counts is the thread's CPU time, so a pause of the whole
 * process (garbage collection, a loaded machine) never passes for a runaway rule.
 */
final class RuleBudget {
    /** One second of CPU: a check takes microseconds; only a runaway one comes near. */
    static final long DEFAULT_MILLIS = 1000;
    private static final ThreadLocal<RuleBudget> CURRENT = ThreadLocal.withInitial(RuleBudget::new);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private long limitNanos;
    private long wallStart;
    private long cpuStart;

    private RuleBudget() {}

    /** This thread's budget; outside a rule check it never stops anything. */
    static RuleBudget current() {
        return CURRENT.get();
    }

    /** A rule check begins: it may spend {@code limitNanos} (0: no limit). */
    void start(long limitNanos) {
        this.limitNanos = limitNanos;
        this.wallStart = 0;
    }

    /** The check has ended. */
    void stop() {
        limitNanos = 0;
    }

    /** Throws {@link Overrun} once the current rule has used its time; called every so often by long work. */
    void spend() {
        if (limitNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (wallStart == 0) {
            wallStart = now;
            cpuStart = cpuTime();
        } else if (now - wallStart > limitNanos && (!CPU_TIME || cpuTime() - cpuStart > limitNanos)) {
            throw new Overrun();
        }
    }

    private static long cpuTime() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** A rule check that ran out of time; cheap to throw (no stack trace), caught by the pack. */
    static final class Overrun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overrun() {
            super("rule check over its time budget", null, false, false);
        }
    }
}
