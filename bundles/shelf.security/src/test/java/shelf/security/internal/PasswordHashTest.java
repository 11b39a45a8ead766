package shelf.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndMatchesOnlyItself() {
        String a = PasswordHash.of("correct horse".toCharArray(), 1000);
        String b = PasswordHash.of("correct horse".toCharArray(), 1000);
        assertNotEquals(a, b, "salted");
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"), a);
        assertTrue(PasswordHash.matches("correct horse".toCharArray(), a));
        assertFalse(PasswordHash.matches("correct horsf".toCharArray(), a));
        assertFalse(PasswordHash.matches("correct horse".toCharArray(), "not-a-hash"));
        assertFalse(PasswordHash.matches("correct horse".toCharArray(), null));
    }

    @Test
    void theDefaultCountIsOwaspsFigure() {
        assertTrue(PasswordHash.of("x".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void theHashAnUnknownNameIsCheckedAgainstHasTheRealFormAndCostAndMatchesNothing() {
        String unmatchable = PasswordHash.unmatchable(1000);
        String real = PasswordHash.of("correct horse".toCharArray(), 1000);
        assertTrue(unmatchable.startsWith("pbkdf2-sha256$1000$"), unmatchable);
        assertEquals(real.length(), unmatchable.length(), "salt and hash of the real sizes");
        assertNotEquals(unmatchable, PasswordHash.unmatchable(1000));
        for (String tried : new String[] {"", "not a password", "correct horse"}) {
            assertFalse(PasswordHash.matches(tried.toCharArray(), unmatchable), tried);
        }
    }
}
