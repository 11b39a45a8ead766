package shelf.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins in a row, counted in memory per user name and per origin. After each failure the next attempt
 * of that name, and the next from that origin, waits longer: the first delay, doubling with every failure, up
 * to the longest. After {@code lockAfter} failures in a row a name is locked. Names that are no user are counted
 * and locked the same way, so neither the answers nor their timing tell names apart. A success clears the
 * counts of its name and origin.
 */
final class LoginThrottle {
    /** Waits; the real one sleeps, a test's moves its clock. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Sleeper SLEEP = duration -> Thread.sleep(duration.toMillis());

    /**
     * @param firstDelay the wait after one failure (zero: no waiting)
     * @param longestDelay where the doubling stops
     * @param lockAfter failures in a row that lock a name
     */
    record Settings(Duration firstDelay, Duration longestDelay, int lockAfter) {
        static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(30), 5);

        Settings {
            if (firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("login delays: the longest (" + longestDelay.toMillis()
                        + " ms) must be at least the first (" + firstDelay.toMillis() + " ms), and neither negative");
            }
            if (lockAfter < 1) {
                throw new IllegalArgumentException("login lockAfter must be at least 1, not " + lockAfter);
            }
        }

        /** The wait after this many failures in a row. */
        Duration delay(int failures) {
            if (failures < 1) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 1, 30));
            return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
        }
    }

    // An attacker may try any number of names: the oldest are forgotten beyond this many.
    private static final int REMEMBERED = 10_000;

    private static final class Failures {
        int inARow;
        Instant readyAt = Instant.MIN;
        boolean locked;

        // cleared, not removed: the entry of a name is also its gate, which a waiting login may hold
        void clear() {
            inARow = 0;
            readyAt = Instant.MIN;
            locked = false;
        }
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Failures> names = bounded();
    private final Map<String, Failures> origins = bounded();
    private volatile Settings settings = Settings.DEFAULT;

    LoginThrottle(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    void settings(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /**
     * What a login of this name holds while it waits and checks: one attempt per name at a time, so
     * parallel connections cannot guess one name faster than the delays allow, nor past the lock.
     */
    synchronized Object gate(String name) {
        return entry(names, name);
    }

    /** Waits until both the name and the origin may try again. */
    void await(String name, String origin) throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Failures from = entry(origins, origin);
            Instant slot = latest(now, latest(entry(names, name).readyAt, from.readyAt));
            if (from.inARow > 0) {
                // attempts from an origin that has failed queue one delay apart, however many connections it opens
                from.readyAt = slot.plus(settings.delay(from.inARow));
            }
            wait = Duration.between(now, slot);
        }
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    synchronized boolean locked(String name) {
        return entry(names, name).locked;
    }

    /** Counts a refused login; true when it is the one that locks the name. */
    synchronized boolean failed(String name, String origin) {
        Instant now = clock.instant();
        Failures from = entry(origins, origin);
        from.inARow++;
        from.readyAt = latest(from.readyAt, now.plus(settings.delay(from.inARow)));
        Failures of = entry(names, name);
        of.inARow++;
        of.readyAt = now.plus(settings.delay(of.inARow));
        if (!of.locked && of.inARow >= settings.lockAfter()) {
            of.locked = true;
            return true;
        }
        return false;
    }

    synchronized void succeeded(String name, String origin) {
        entry(names, name).clear();
        entry(origins, origin).clear();
    }

    /** An admin unlocked the name: it starts again from no failures. */
    synchronized void forget(String name) {
        entry(names, name).clear();
    }

    synchronized int failuresInARow(String name) {
        Failures of = names.get(name);
        return of == null ? 0 : of.inARow;
    }

    synchronized int failuresFrom(String origin) {
        Failures from = origins.get(origin);
        return from == null ? 0 : from.inARow;
    }

    private static Failures entry(Map<String, Failures> map, String key) {
        return map.computeIfAbsent(key, k -> new Failures());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
