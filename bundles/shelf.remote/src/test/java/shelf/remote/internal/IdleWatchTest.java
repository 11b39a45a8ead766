package shelf.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class IdleWatchTest {
    /** A clock the test moves. */
    static final class Hands extends Clock {
        volatile long millis;

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aKeyTypedOrALinePrintedKeepsTheSessionOpen() throws Exception {
        Hands clock = new Hands();
        IdleWatch watch = new IdleWatch(Duration.ofMinutes(30), clock);
        clock.millis = Duration.ofMinutes(29).toMillis();
        watch.watch(new ByteArrayInputStream(new byte[] {'x'})).read();
        clock.millis = Duration.ofMinutes(58).toMillis();
        assertFalse(watch.idle(), "a key at minute 29");
        watch.watch(OutputStream.nullOutputStream()).write('.');
        clock.millis = Duration.ofMinutes(87).toMillis();
        assertFalse(watch.idle(), "a progress bar drawn at minute 58");
        clock.millis = Duration.ofMinutes(88).toMillis();
        assertTrue(watch.idle());
    }

    @Test
    void anIdleSessionIsToldWhyThenClosed() throws Exception {
        Hands clock = new Hands();
        IdleWatch watch = new IdleWatch(Duration.ofMinutes(1), clock);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CountDownLatch closed = new CountDownLatch(1);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            watch.start(timer, screen, closed::countDown);
            clock.millis = Duration.ofMinutes(1).toMillis();
            assertTrue(closed.await(10, TimeUnit.SECONDS));
        } finally {
            timer.shutdownNow();
        }
        assertEquals("\r\nshelf: idle for 1 min — the session is closed; log in again to go on\r\n",
                screen.toString(StandardCharsets.UTF_8));
    }
}
