package shelf.publish.internal;

import java.util.concurrent.ThreadLocalRandom;

import shelf.api.channel.ChannelException;

/**
 * How long a job waits before its next attempt: doubling from the base with every attempt, up to the cap,
 * and a random half of it added or not ("equal jitter"), so jobs that failed together do not all come back
 * in the same instant. Throttling waits at least a second: the platform counts calls per second. A listing
 * still in the platform's review waits at least a second too: the adapter no longer waits for the review itself
 * (it reads the state once), so the retry is what follows it, and a review takes seconds at the least.
 */
record Backoff(long baseMillis, long capMillis) {
    private static final long THROTTLED_MILLIS = 1000;

    long delayMillis(int attempts, ChannelException.Kind kind) {
        long base = kind == ChannelException.Kind.RATE_LIMITED || kind == ChannelException.Kind.UNDER_REVIEW
                ? Math.max(baseMillis, THROTTLED_MILLIS) : baseMillis;
        long delay = Math.min(capMillis, base << Math.min(20, Math.max(0, attempts - 1)));
        long half = delay / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }
}
