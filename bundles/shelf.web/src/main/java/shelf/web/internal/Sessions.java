package shelf.web.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import shelf.api.security.Subject;

/**
 * The open sessions, in memory: a restart logs everyone out. Ids and CSRF tokens are 32 random bytes; a
 * login gets a new id, so an id set before the login (fixation) is worth nothing after it.
 */
final class Sessions {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, WebSession> open = new ConcurrentHashMap<>();
    private final long idleMillis;
    private final LongSupplier clock;

    Sessions(Duration idle, LongSupplier clock) {
        this.idleMillis = idle.toMillis();
        this.clock = clock;
    }

    /** A session without a user, for the login form's CSRF token. */
    WebSession anonymous() {
        return put(null);
    }

    /** A new session for a user who just logged in; the old one (if any) is dropped. */
    WebSession loggedIn(WebSession before, Subject subject) {
        if (before != null) {
            open.remove(before.id);
        }
        return put(subject);
    }

    /** The session of this id, if it is open and has not idled past the timeout; using it renews it. */
    WebSession find(String id) {
        if (id == null) {
            return null;
        }
        WebSession session = open.get(id);
        if (session == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (now - session.lastUsedMillis > idleMillis) {
            open.remove(id);
            return null;
        }
        session.lastUsedMillis = now;
        return session;
    }

    void end(WebSession session) {
        open.remove(session.id);
    }

    private WebSession put(Subject subject) {
        WebSession session = new WebSession(token(), token(), subject, clock.getAsLong());
        open.put(session.id, session);
        if (open.size() % 256 == 0) {
            long now = clock.getAsLong();
            open.values().removeIf(s -> now - s.lastUsedMillis > idleMillis);
        }
        return session;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
