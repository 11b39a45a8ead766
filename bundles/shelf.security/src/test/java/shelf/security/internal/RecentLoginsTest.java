package shelf.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RecentLoginsTest {
    private static final String HASH = "pbkdf2-sha256$600000$c2FsdA$aGFzaA";
    private final ManualClock clock = new ManualClock();
    private final RecentLogins recent = new RecentLogins(clock, Duration.ofMinutes(15));

    @Test
    void aPasswordThatPassedIsRecognisedForAWhileAndNoOtherIs() {
        assertFalse(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()), "nothing before a full check");
        recent.passed("lily", HASH, "lily-pass-1".toCharArray());
        assertTrue(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()));
        assertFalse(recent.recognises("lily", HASH, "lily-pass-2".toCharArray()), "a wrong password");
        assertFalse(recent.recognises("lily", HASH, "".toCharArray()));
        assertFalse(recent.recognises("lilly", HASH, "lily-pass-1".toCharArray()), "another name");
        assertFalse(recent.recognises("lily", HASH.replace("aGFzaA", "bmV3"), "lily-pass-1".toCharArray()),
                "the stored hash changed: a new password was set");
        clock.advance(Duration.ofMinutes(15));
        assertFalse(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()), "expired");
    }

    @Test
    void forgettingOrKeepingNothingMeansTheFullCheckEveryTime() {
        recent.passed("lily", HASH, "lily-pass-1".toCharArray());
        recent.forget("lily");
        assertFalse(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()));
        recent.passed("lily", HASH, "lily-pass-1".toCharArray());
        recent.keep(Duration.ZERO);
        assertFalse(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()), "turned off: forgets at once");
        recent.passed("lily", HASH, "lily-pass-1".toCharArray());
        assertFalse(recent.recognises("lily", HASH, "lily-pass-1".toCharArray()), "turned off: remembers nothing");
    }
}
