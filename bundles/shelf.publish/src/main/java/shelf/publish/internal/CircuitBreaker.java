package shelf.publish.internal;

import shelf.api.publish.ChannelHealth;

/**
 * Stops calling a platform that keeps failing. After {@code threshold} failures in a row (system busy, no
 * answer — not throttling nor refusals, which say the platform is up) the circuit opens: no calls for the
 * open time, then a single trial call; if it succeeds calls resume, if it fails the circuit opens again —
 * for twice as long once five trials in a row have failed, up to a minute. A platform that merely fails
 * often is slowed by backoff, not shut off: a publish is several requests (image uploads, a lookup, the
 * create), so where each request fails a third of the time three publishes in four may fail, and 30 in a
 * row came by chance in a run of thousands; only a long run of failures (100 by default) or repeated
 * failed trials say it is down. Jobs simply wait while it is open.
 */
final class CircuitBreaker {
    private static final System.Logger LOG = System.getLogger(CircuitBreaker.class.getName());
    private static final long MAX_OPEN_MILLIS = 60_000;
    private static final int TRIALS_BEFORE_LONGER = 5;

    private final String channel;
    private final int threshold;
    private final long openMillis;
    private int failuresInRow;
    private int failedTrials;
    private long currentOpenMillis;
    private long openUntil;
    private boolean trialInFlight;
    private boolean open;
    private String lastFailure = "";

    CircuitBreaker(String channel, int threshold, long openMillis) {
        this.channel = channel;
        this.threshold = Math.max(1, threshold);
        this.openMillis = Math.max(1, openMillis);
        this.currentOpenMillis = this.openMillis;
    }

    /** How many calls may start now: all (-1), one trial call (1), or none (0). */
    synchronized int permits(long now) {
        if (!open) {
            return -1;
        }
        if (now < openUntil || trialInFlight) {
            return 0;
        }
        return 1;
    }

    /** A trial call starts while half open. */
    synchronized void trialStarted() {
        if (open) {
            trialInFlight = true;
        }
    }

    /** A trial call ended; if neither {@link #succeeded} nor {@link #failed} judged it, the next may go. */
    synchronized void trialOver() {
        trialInFlight = false;
    }

    synchronized void succeeded() {
        if (open) {
            LOG.log(System.Logger.Level.INFO, "{0}: circuit closed, a trial call went through; calls resume", channel);
        }
        failuresInRow = 0;
        failedTrials = 0;
        open = false;
        trialInFlight = false;
        currentOpenMillis = openMillis;
    }

    synchronized void failed(long now, String reason) {
        lastFailure = reason;
        failuresInRow++;
        if (open && trialInFlight) {
            trialInFlight = false;
            if (++failedTrials >= TRIALS_BEFORE_LONGER) {
                currentOpenMillis = Math.min(MAX_OPEN_MILLIS, currentOpenMillis * 2);
            }
            openUntil = now + currentOpenMillis;
        } else if (!open && failuresInRow >= threshold) {
            open = true;
            openUntil = now + currentOpenMillis;
            LOG.log(System.Logger.Level.WARNING, "{0}: circuit open for {1} s after {2}", channel,
                    currentOpenMillis / 1000.0, explanation());
        }
    }

    synchronized long openUntil() {
        return open ? openUntil : 0;
    }

    synchronized ChannelHealth health() {
        if (open) {
            return ChannelHealth.DOWN;
        }
        return failuresInRow == 0 ? ChannelHealth.UP : ChannelHealth.DEGRADED;
    }

    /** "10 failures in a row, the last: 系统繁忙", or empty. */
    synchronized String explanation() {
        return failuresInRow == 0 ? "" : failuresInRow + (failuresInRow == 1 ? " failure" : " failures")
                + " in a row, the last: " + lastFailure;
    }
}
