package shelf.web.internal;

import shelf.api.security.LoginRefusedException;
import shelf.api.security.Subject;

/**
 * The login form and the logout. The password goes to {@code Users.authenticate}, the call every front end
 * makes, so the waits after a failure and the lock after five are the shell's, and every attempt is audited.
 */
final class LoginPage {
    private final WebWorkbench web;
    private final Sessions sessions;

    LoginPage(WebWorkbench web, Sessions sessions) {
        this.web = web;
        this.sessions = sessions;
    }

    void handle(Exchange x) throws Exception {
        if (!x.post()) {
            if (x.session != null && x.session.loggedIn()) {
                x.redirect("/review");
                return;
            }
            if (x.session == null) {
                x.session = sessions.anonymous();
                x.sessionCookie(x.session);
            }
            x.html(200, form(x.session, "", ""));
            return;
        }
        String name = x.form("user").strip();
        char[] password = x.form("password").toCharArray();
        try {
            Subject subject = web.users.authenticate(name, password, "web " + org.eclipse.jetty.server.Request.getRemoteAddr(x.request));
            x.session = sessions.loggedIn(x.session, subject);
            x.session.menuChannels = web.publish != null && web.access.allows(subject, "channel:list");
            x.session.menuAudit = web.audit != null && web.access.allows(subject, "audit:tail");
            x.sessionCookie(x.session);
            x.redirect("/review");
        } catch (LoginRefusedException refused) {
            x.html(401, form(x.session, name, (refused.locked() ? "账号已锁定 " : "登录失败 ") + refused.getMessage()));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    void logout(Exchange x) {
        sessions.end(x.session);
        x.clearSessionCookie();
        x.redirect("/login");
    }

    private static String form(WebSession session, String name, String error) {
        String body = "<section class=login><h1>" + Html.label("登录", "Log in") + "</h1>"
                + (error.isEmpty() ? "" : "<p class=refused id=login-error>" + Html.esc(error) + "</p>")
                + "<form method=post action='/login'>" + Html.csrfField(session)
                + "<label>" + Html.label("用户名", "User") + "<input name=user autocomplete=username autofocus value='"
                + Html.esc(name) + "'></label>"
                + "<label>" + Html.label("密码", "Password") + "<input name=password type=password autocomplete=current-password></label>"
                + "<button id=login>" + Html.label("登录", "Log in") + "</button></form></section>";
        return Html.page(session, "登录 Log in", body);
    }
}
