package shelf.security.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords that passed the full PBKDF2 check a little while ago, so that an operator's every
 * {@code shelf -c} against a running Shelf does not pay 600,000 rounds (0.15–0.3 s of CPU) again.
 * Kept only in memory, as a salted SHA-256 of the password tied to the stored hash it was checked against
 * — the scheme Elasticsearch's realms cache credentials with. A wrong password never matches an entry,
 * so it still costs the full check, and guessing gets no faster; a changed password (a new stored hash)
 * or an expired entry falls back to the full check too. Whether the user is disabled or locked is read
 * from the catalogue at every login, as before.
 */
final class RecentLogins {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String storedHash, byte[] salt, byte[] digest, Instant until) {
    }

    private final Clock clock;
    private volatile Duration keep;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentLogins(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    void keep(Duration keep) {
        this.keep = keep;
        if (keep.isZero()) {
            entries.clear();
        }
    }

    /** Whether this password of {@code name} passed the full check against {@code storedHash} lately. */
    boolean recognises(String name, String storedHash, char[] password) {
        Entry entry = entries.get(name);
        if (entry == null || !entry.storedHash.equals(storedHash) || !clock.instant().isBefore(entry.until)) {
            return false;
        }
        return MessageDigest.isEqual(entry.digest, digest(entry.salt, password));
    }

    /** Remembers a password that has just passed the full check. */
    void passed(String name, String storedHash, char[] password) {
        if (keep.isZero()) {
            return;
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        entries.put(name, new Entry(storedHash, salt, digest(salt, password), clock.instant().plus(keep)));
    }

    void forget(String name) {
        entries.remove(name);
    }

    private static byte[] digest(byte[] salt, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(bytes.duplicate());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 has SHA-256", e);
        } finally {
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
