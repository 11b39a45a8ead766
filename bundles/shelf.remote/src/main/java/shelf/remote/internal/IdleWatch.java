package shelf.remote.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a console nobody has used for the idle timeout: no key typed and nothing printed (a long import that
 * draws its progress bar is not idle). The user is told why before the connection closes; MINA's own idle
 * timeout would close it with "Protocol error or corrupt packet".
 */
final class IdleWatch {
    private final Duration timeout;
    private final Clock clock;
    private volatile long lastUse;
    private ScheduledFuture<?> check;

    IdleWatch(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.lastUse = clock.millis();
    }

    InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                used();
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                used();
                return n;
            }
        };
    }

    OutputStream watch(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                used();
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                used();
            }
        };
    }

    /**
     * Checks every few seconds; once idle, writes the notice to {@code screen} and runs {@code close}.
     */
    void start(ScheduledExecutorService timer, OutputStream screen, Runnable close) {
        long every = Math.max(1, Math.min(timeout.toSeconds() / 10, 30));
        check = timer.scheduleWithFixedDelay(() -> {
            if (idle()) {
                check.cancel(false);
                try {
                    screen.write(("\r\nshelf: idle for " + timeout.toMinutes()
                            + " min — the session is closed; log in again to go on\r\n").getBytes(StandardCharsets.UTF_8));
                    screen.flush();
                } catch (IOException alreadyGone) {
                    // nobody left to tell
                }
                close.run();
            }
        }, every, every, TimeUnit.SECONDS);
    }

    void stop() {
        if (check != null) {
            check.cancel(false);
        }
    }

    boolean idle() {
        return clock.millis() - lastUse >= timeout.toMillis();
    }

    private void used() {
        lastUse = clock.millis();
    }
}
