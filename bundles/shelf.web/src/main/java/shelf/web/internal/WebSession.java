package shelf.web.internal;

import shelf.api.security.Subject;

/**
 * One browser's session: who logged in (null before the login), the token every POST must carry, and when
 * it was last used (for the idle timeout).
 */
final class WebSession {
    final String id;
    final String csrf;
    final Subject subject;
    volatile long lastUsedMillis;
    /** Whether the menu offers the channels and the audit pages (decided at login; the pages check again). */
    volatile boolean menuChannels;
    volatile boolean menuAudit;

    WebSession(String id, String csrf, Subject subject, long now) {
        this.id = id;
        this.csrf = csrf;
        this.subject = subject;
        this.lastUsedMillis = now;
    }

    boolean loggedIn() {
        return subject != null;
    }
}
