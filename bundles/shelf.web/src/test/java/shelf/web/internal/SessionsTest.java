package shelf.web.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import shelf.api.security.Role;
import shelf.api.security.Subject;

class SessionsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30), now::get);
    private final Subject wang = new Subject("wang", Set.of(Role.REVIEWER), null);

    @Test
    void aSessionIdleLongerThanTheTimeoutIsGoneAndUsingOneRenewsIt() {
        WebSession s = sessions.loggedIn(sessions.anonymous(), wang);
        now.addAndGet(Duration.ofMinutes(29).toMillis());
        assertSame(s, sessions.find(s.id));
        now.addAndGet(Duration.ofMinutes(29).toMillis());
        assertSame(s, sessions.find(s.id), "renewed by the last request");
        now.addAndGet(Duration.ofMinutes(31).toMillis());
        assertNull(sessions.find(s.id));
    }

    @Test
    void aLoginGetsANewIdAndTokenSoAnIdSetBeforeItIsWorthNothing() {
        WebSession before = sessions.anonymous();
        WebSession after = sessions.loggedIn(before, wang);
        assertNotEquals(before.id, after.id);
        assertNotEquals(before.csrf, after.csrf);
        assertNull(sessions.find(before.id));
    }
}
