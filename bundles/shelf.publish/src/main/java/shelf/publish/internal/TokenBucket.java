package shelf.publish.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A channel's rate limit: calls per second, evenly spaced. The bucket holds one token: platforms count calls
 * per wall-clock second, and any burst on top of the steady rate would cross their limit within some second.
 * Callers wait in line, in order; the first takes a token when it is there and otherwise sleeps and asks
 * again. Nobody reserves a token ahead: a caller that reserved one and then woke late (a GC pause, a busy
 * machine) would send together with the callers after it, and those bunched calls are what a platform's
 * per-second count sees.
 */
final class TokenBucket {
    private final LongSupplier clock;
    private final ReentrantLock line = new ReentrantLock(true);
    private double perNano;
    private double burst;
    private double tokens;
    private long last;

    TokenBucket(double qps) {
        this(qps, System::nanoTime);
    }

    TokenBucket(double qps, LongSupplier nanoClock) {
        this.clock = nanoClock;
        this.last = nanoClock.getAsLong();
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
        line.lockInterruptibly();
        try {
            for (long wait = take(); wait > 0; wait = take()) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } finally {
            line.unlock();
        }
    }

    /** Takes a token if there is one (0); else the nanoseconds until there will be, taking nothing. */
    synchronized long take() {
        if (perNano == 0) {
            return 0;
        }
        long now = clock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano));
    }
}
