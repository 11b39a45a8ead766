package shelf.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes: PBKDF2 with HMAC-SHA256 from the JDK (SecretKeyFactory "PBKDF2WithHmacSHA256").
 * The JDK's implementation is maintained and patched with the JDK itself, is FIPS-approved, and needs no
 * third-party jar in the core (Bouncy Castle's bcrypt would add a 8 MB bundle for one function). 600,000
 * iterations is OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023); the count is
 * stored with each hash, so raising it later leaves old hashes verifiable. Salt: 16 random bytes per user.
 */
final class PasswordHash {
    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** "pbkdf2-sha256$600000$SALT$HASH", Base64 without padding. */
    static String of(char[] password) {
        return of(password, ITERATIONS);
    }

    static String of(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * A hash of the same form and cost that no password matches: its last part is random bytes, not derived
     * from anything (a match would be a 2^-256 chance). Checking a password against it costs what checking
     * a real hash costs, yet making it costs nothing, where hashing a made-up password took a derivation
     * (0.3–3 s on a 2-core machine just after start) out of every start's first login.
     */
    static String unmatchable(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password is the one hashed; compares in constant time. A malformed hash matches nothing. */
    static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Wipes a password once used. */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
