package shelf.channel.sandbox.kit;

/**
 * Counts requests per wall-clock second, to throttle those above a QPS as a platform's gateway does, and keeps
 * the most seen in any one second (sandbox:status's "Peak/s"): with several Shelf nodes sending to one
 * sandbox, that is the cluster's rate as the platform sees it.
 */
public final class RateWindow {
    private long second = -1;
    private int count;
    private int peak;

    /** Counts one request; how many arrived in its second so far, itself included. */
    public synchronized int arrive(long nowMillis) {
        long now = nowMillis / 1000;
        if (now != second) {
            second = now;
            count = 0;
        }
        peak = Math.max(peak, ++count);
        return count;
    }

    /** Whether one more request this second stays within {@code qps}. */
    public synchronized boolean admit(int qps, long nowMillis) {
        return arrive(nowMillis) <= qps;
    }

    /** The most requests that arrived in one wall-clock second. */
    public synchronized int peak() {
        return peak;
    }

    public synchronized void reset() {
        second = -1;
        count = 0;
        peak = 0;
    }
}
