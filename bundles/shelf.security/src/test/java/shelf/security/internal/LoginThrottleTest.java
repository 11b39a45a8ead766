package shelf.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, clock);

    /** One attempt that fails at once, as a script guessing passwords would make it. */
    private boolean failedAttempt(String name, String origin) throws InterruptedException {
        throttle.await(name, origin);
        return throttle.failed(name, origin);
    }

    @Test
    void theDelayDoublesWithEachFailureUpToTheLongest() {
        LoginThrottle.Settings settings = LoginThrottle.Settings.DEFAULT;
        assertEquals(List.of(0L, 1L, 2L, 4L, 8L, 16L, 30L, 30L),
                IntStream.range(0, 8).mapToObj(n -> settings.delay(n).toSeconds()).toList());
        assertEquals(Duration.ofSeconds(30), settings.delay(10_000));
        assertEquals("login delays: the longest (500 ms) must be at least the first (1000 ms), and neither negative",
                assertThrows(IllegalArgumentException.class,
                        () -> new LoginThrottle.Settings(Duration.ofSeconds(1), Duration.ofMillis(500), 5)).getMessage());
    }

    @Test
    void guessingOneNameWaitsLongerEachTimeAndTheFifthFailureLocksIt() throws Exception {
        List<Boolean> locks = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            locks.add(failedAttempt("admin", "local user bob"));
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L), clock.takeSeconds(), "the first attempt does not wait");
        assertEquals(List.of(false, false, false, false, true, false, false), locks, "locked once, by the fifth");
        assertTrue(throttle.locked("admin"));
        assertFalse(throttle.locked("lily"));
    }

    @Test
    void anOriginThatTriesManyNamesIsSlowedDownThoughNoNameFailedTwice() throws Exception {
        for (String name : List.of("a", "b", "c", "d")) {
            failedAttempt(name, "192.0.2.7");
        }
        assertEquals(List.of(1L, 2L, 4L), clock.takeSeconds());
        throttle.await("e", "198.51.100.1");
        assertEquals(List.of(), clock.takeSeconds(), "another origin trying another name does not wait");
    }

    @Test
    void parallelAttemptsFromAnOriginThatFailedQueueOneDelayApart() throws Exception {
        List<Duration> waits = new java.util.ArrayList<>();
        LoginThrottle parallel = new LoginThrottle(clock, waits::add); // the clock stands still: all start at once
        parallel.await("a", "192.0.2.7");
        parallel.failed("a", "192.0.2.7");
        for (String name : List.of("b", "c", "d")) {
            parallel.await(name, "192.0.2.7");
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)), waits);
    }

    @Test
    void aSuccessClearsTheNameAndTheOriginAndWaitingEndsWithTime() throws Exception {
        failedAttempt("lily", "local user lily");
        failedAttempt("lily", "local user lily");
        clock.advance(Duration.ofMinutes(5));
        throttle.await("lily", "local user lily");
        assertEquals(List.of(1L), clock.takeSeconds(), "a wait already over is not waited again");
        throttle.succeeded("lily", "local user lily");
        assertEquals(0, throttle.failuresInARow("lily"));
        assertEquals(0, throttle.failuresFrom("local user lily"));
        failedAttempt("lily", "local user lily");
        throttle.await("lily", "local user lily");
        assertEquals(List.of(1L), clock.takeSeconds(), "counting starts again from one failure");
    }

    @Test
    void anUnlockedNameStartsAgainWithNoFailures() throws Exception {
        for (int i = 0; i < 5; i++) {
            failedAttempt("lily", "o" + i);
        }
        assertTrue(throttle.locked("lily"));
        throttle.forget("lily");
        assertFalse(throttle.locked("lily"));
        assertEquals(0, throttle.failuresInARow("lily"));
    }

    @Test
    void noDelayWhenTheFirstDelayIsZeroButTheLockStillHolds() throws Exception {
        throttle.settings(new LoginThrottle.Settings(Duration.ZERO, Duration.ZERO, 3));
        List<Boolean> locks = List.of(failedAttempt("x", "o"), failedAttempt("x", "o"), failedAttempt("x", "o"));
        assertEquals(List.of(), clock.takeSeconds());
        assertEquals(List.of(false, false, true), locks);
    }
}
