package shelf.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when the code under test sleeps (or a test advances it); each sleep is recorded. */
final class ManualClock extends Clock implements LoginThrottle.Sleeper {
    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The sleeps since the last call, in whole seconds, and forgets them. */
    synchronized List<Long> takeSeconds() {
        List<Long> seconds = sleeps.stream().map(Duration::toSeconds).toList();
        sleeps.clear();
        return seconds;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
