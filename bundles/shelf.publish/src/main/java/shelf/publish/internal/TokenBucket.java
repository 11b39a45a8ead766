package shelf.publish.internal;

import java.util.concurrent.TimeUnit;

/**
 * A channel's rate limit: calls per second, evenly spaced. A caller that finds no token reserves the next
 * one and sleeps until it is due (the bucket goes into debt), so waiting callers queue in order and the rate
 * holds however many threads call. The bucket holds one token: platforms count calls per second, and any
 * burst on top of the steady rate would cross their limit within some second.
 */
final class TokenBucket {
    private double perNano;
    private double burst;
    private double tokens;
    private long last = System.nanoTime();

    TokenBucket(double qps) {
        rate(qps);
        tokens = burst;
    }

    /** Changes the rate; 0 or less: no limit. */
    synchronized void rate(double qps) {
        perNano = qps <= 0 ? 0 : qps / TimeUnit.SECONDS.toNanos(1);
        burst = qps <= 0 ? 0 : 1;
        tokens = Math.min(tokens, burst);
    }

    synchronized double qps() {
        return perNano * TimeUnit.SECONDS.toNanos(1);
    }

    /** Waits for a token. */
    void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Takes a token, or the next one due; nanoseconds until it is due. */
    synchronized long reserve() {
        if (perNano == 0) {
            return 0;
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) (-tokens / perNano);
    }
}
