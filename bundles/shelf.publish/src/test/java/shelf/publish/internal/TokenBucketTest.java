package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private final AtomicLong now = new AtomicLong(1_000_000 * MS);

    @Test
    void spacesCallsEvenlyAtItsRate() {
        TokenBucket bucket = new TokenBucket(50, now::get);
        assertEquals(0, bucket.take(), "the first call goes at once");
        long wait = bucket.take();
        assertEquals(20 * MS, wait, 0.01 * MS, "the next one 1/50 s later");
        now.addAndGet(wait);
        assertEquals(0, bucket.take());
    }

    @Test
    void aCallerWokenLateDoesNotBringTheOthersWithIt() {
        TokenBucket bucket = new TokenBucket(50, now::get);
        bucket.take();
        now.addAndGet(5_000 * MS); // a pause: five seconds without a call
        int sent = 0;
        while (bucket.take() == 0) {
            sent++;
        }
        assertEquals(1, sent, "after a pause one call goes, not the five seconds' worth");
    }

    @Test
    void noWindowOfOneSecondSeesMoreThanTheRateWhateverTheCallersTimings() {
        TokenBucket bucket = new TokenBucket(49, now::get);
        long[] sentAt = new long[2_000];
        int n = 0;
        java.util.Random random = new java.util.Random(7);
        while (n < sentAt.length) {
            long wait = bucket.take();
            if (wait == 0) {
                sentAt[n++] = now.get();
            }
            // callers ask early, on time and late, and now and then the whole process stalls
            now.addAndGet(random.nextInt(10) == 0 ? random.nextInt(300) * MS : Math.max(1, wait / (1 + random.nextInt(3))));
        }
        for (int first = 0, last = 0; last < n; last++) {
            while (sentAt[last] - sentAt[first] >= 1_000 * MS) {
                first++;
            }
            assertTrue(last - first + 1 <= 50, (last - first + 1) + " calls within one second at 49/s");
        }
    }

    @Test
    void noRateMeansNoWait() {
        TokenBucket bucket = new TokenBucket(0, now::get);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, bucket.take());
        }
    }
}
