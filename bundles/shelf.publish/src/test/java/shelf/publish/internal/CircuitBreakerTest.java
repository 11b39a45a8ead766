package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import shelf.api.publish.ChannelHealth;

class CircuitBreakerTest {
    @Test
    void opensAfterFailuresInARowLetsOneTrialThroughAndClosesWhenItSucceeds() {
        CircuitBreaker breaker = new CircuitBreaker("weidian", 3, 1000);
        breaker.failed(0, "系统繁忙");
        breaker.failed(1, "系统繁忙");
        assertEquals(ChannelHealth.DEGRADED, breaker.health());
        assertEquals(-1, breaker.permits(2));
        breaker.failed(2, "系统繁忙");

        assertEquals(ChannelHealth.DOWN, breaker.health());
        assertEquals(0, breaker.permits(500));
        assertEquals(1, breaker.permits(1002));
        breaker.trialStarted();
        assertEquals(0, breaker.permits(1003), "one trial at a time");
        breaker.failed(1004, "系统繁忙");
        assertEquals(0, breaker.permits(1500), "open again after a failed trial");
        assertEquals(1, breaker.permits(2004), "for the same time while trials fail now and then");
        for (int trial = 2; trial <= 4; trial++) {
            breaker.trialStarted();
            breaker.failed(trial * 1000L + 5, "系统繁忙");
            assertEquals(1, breaker.permits(trial * 1000L + 1005), "trial " + trial + " failed: open for the same time");
        }
        breaker.trialStarted();
        breaker.failed(5006, "系统繁忙");
        assertEquals(0, breaker.permits(6500), "five trials in a row failed: open twice as long");
        assertEquals(1, breaker.permits(7006));
        breaker.trialStarted();
        breaker.succeeded();

        assertEquals(ChannelHealth.UP, breaker.health());
        assertEquals(-1, breaker.permits(5007));
        assertEquals("", breaker.explanation());
    }

    @Test
    void backoffDoublesWithinItsJitterAndStopsAtTheCap() {
        Backoff backoff = new Backoff(200, 30_000);
        for (int i = 0; i < 100; i++) {
            long third = backoff.delayMillis(3, shelf.api.channel.ChannelException.Kind.BUSY);
            assertEquals(true, third >= 400 && third <= 800, "third attempt waits 400–800 ms: " + third);
            long late = backoff.delayMillis(30, shelf.api.channel.ChannelException.Kind.BUSY);
            assertEquals(true, late >= 15_000 && late <= 30_000, "capped: " + late);
            long throttled = backoff.delayMillis(1, shelf.api.channel.ChannelException.Kind.RATE_LIMITED);
            assertEquals(true, throttled >= 500 && throttled <= 1000, "throttled: " + throttled);
            long inReview = backoff.delayMillis(2, shelf.api.channel.ChannelException.Kind.UNDER_REVIEW);
            assertEquals(true, inReview >= 1000 && inReview <= 2000, "still in the platform's review: " + inReview);
        }
    }
}
