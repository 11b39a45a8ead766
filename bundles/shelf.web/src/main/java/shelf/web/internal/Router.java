package shelf.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import shelf.api.security.AccessRefusedException;

/**
 * Every request: the static files, the login, then — for a logged-in session only — the pages; a POST
 * whose CSRF token is not the session's is refused before any page sees it.
 */
final class Router extends Handler.Abstract {
    /** The files served from the bundle, and their types. */
    private static final Map<String, String> STATIC = Map.of(
            "/static/htmx.min.js", "text/javascript; charset=utf-8",
            "/static/htmx.LICENSE.txt", "text/plain; charset=utf-8",
            "/static/shelf.js", "text/javascript; charset=utf-8",
            "/static/shelf.css", "text/css; charset=utf-8");

    private final WebWorkbench web;
    private final Sessions sessions;
    private final LoginPage login;
    private final ReviewPages reviewPages;
    private final BoardPage board;
    private final BatchPages batches;
    private final MediaFiles media;
    private final OperationsPages operations;
    private final JobsPage jobs;

    Router(WebWorkbench web, Sessions sessions) {
        this.web = web;
        this.sessions = sessions;
        this.login = new LoginPage(web, sessions);
        this.reviewPages = new ReviewPages(web);
        this.board = new BoardPage(web);
        this.batches = new BatchPages(web);
        this.media = new MediaFiles(web);
        this.operations = new OperationsPages(web);
        this.jobs = new JobsPage(web);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange x = new Exchange(request, response, callback);
        try {
            route(x);
        } catch (AccessRefusedException refused) {
            x.html(403, Html.page(x.session, "拒绝 Refused", "<p class=refused>" + Html.label("不允许", "Refused")
                    + ": " + Html.esc(refused.getMessage()) + "</p>"));
        } catch (NotFound missing) {
            x.html(404, Html.page(x.session, "找不到 Not found", "<p class=refused>" + Html.esc(missing.getMessage()) + "</p>"));
        } catch (Exception failed) {
            x.html(500, Html.page(x.session, "出错 Error", "<p class=refused>" + Html.label("出错了", "Something failed")
                    + ": " + Html.esc(failed.getMessage()) + "</p>"));
        }
        return true;
    }

    private void route(Exchange x) throws Exception {
        String path = x.path();
        String type = STATIC.get(path);
        if (type != null) {
            try (InputStream in = Router.class.getClassLoader().getResourceAsStream(path.substring(1))) {
                x.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=3600");
                x.response.setStatus(200);
                x.response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
                x.response.write(true, java.nio.ByteBuffer.wrap(in.readAllBytes()), x.callback);
            }
            return;
        }
        x.session = sessions.find(x.cookie(Exchange.COOKIE));
        if (x.post() && !csrfHolds(x)) {
            x.html(403, Html.page(null, "页面已过期 Page expired", "<p class=refused>"
                    + Html.label("页面已过期，请重新打开", "The page has expired (its form token is not this session's) — open it again")
                    + " <a href='/login'>/login</a></p>"));
            return;
        }
        if (path.equals("/login")) {
            login.handle(x);
            return;
        }
        if (x.session == null || !x.session.loggedIn()) {
            if (x.request.getHeaders().get("HX-Request") != null) {
                x.response.getHeaders().put("HX-Redirect", "/login");
                x.html(401, "");
            } else {
                x.redirect("/login");
            }
            return;
        }
        switch (path) {
            case "/" -> x.redirect("/review");
            case "/logout" -> login.logout(x);
            case "/review" -> reviewPages.queue(x);
            case "/review/product" -> reviewPages.product(x);
            case "/review/approve" -> reviewPages.approve(x);
            case "/review/approve-selected" -> reviewPages.approveSelected(x);
            case "/review/reject" -> reviewPages.reject(x);
            case "/board" -> board.page(x);
            case "/board/columns" -> board.columns(x);
            case "/batches" -> batches.list(x);
            case "/batches/upload" -> batches.upload(x);
            case "/batches/show" -> batches.show(x);
            case "/batches/report" -> batches.report(x);
            case "/media" -> media.serve(x);
            case "/channels" -> operations.channels(x);
            case "/jobs" -> jobs.page(x);
            case "/jobs/retry" -> operations.retry(x);
            case "/audit" -> operations.audit(x);
            default -> throw new NotFound("没有这个页面 No such page: " + path);
        }
    }

    /**
     * A POST must carry the session's token: htmx sends it as the header X-CSRF-Token, a form as the field
     * csrf, an upload as the header (the page's script) or the query's csrf — compared in constant time.
     */
    private static boolean csrfHolds(Exchange x) throws Exception {
        if (x.session == null) {
            return false;
        }
        String token = x.request.getHeaders().get("X-CSRF-Token");
        if (token == null) {
            String contentType = x.request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            token = contentType != null && contentType.startsWith("multipart/") ? x.query("csrf") : x.form("csrf");
        }
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                x.session.csrf.getBytes(StandardCharsets.UTF_8));
    }

    /** Something the user asked for that is not there (or not in their scope, which is the same to them). */
    static final class NotFound extends IOException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
