package shelf.channel.sandbox.kit;

/** Counts requests per wall-clock second, to throttle those above a QPS as a platform's gateway does. */
public final class RateWindow {
    private long second = -1;
    private int count;

    /** Whether one more request this second stays within {@code qps}. */
    public synchronized boolean admit(int qps, long nowMillis) {
        long now = nowMillis / 1000;
        if (now != second) {
            second = now;
            count = 0;
        }
        return ++count <= qps;
    }
}
