package shelf.launcher;

import java.security.GeneralSecurityException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Every session logs in, and checking a password is 600,000 rounds of PBKDF2-HMAC-SHA256 (shelf.security):
 * in a cold JVM most of them run before the JIT has compiled SHA-256, and the login was the largest part
 * of the time to the prompt. A short run of the same JDK function on a second core while the framework
 * starts gets it compiled first. No password or salt of anyone's is involved.
 */
final class LoginWarmUp {
    /** Enough calls of SHA-256's compression for the JIT's last tier, a small part of one login's work. */
    private static final int ROUNDS = 60_000;

    private LoginWarmUp() {
    }

    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return; // one core: the warm-up would only delay the framework it runs beside
        }
        Thread thread = new Thread(LoginWarmUp::run, "shelf-login-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(new char[] {'w'}, new byte[16], ROUNDS, 256));
        } catch (GeneralSecurityException | RuntimeException e) {
            // only a head start: the login works the same without it
        }
    }
}
