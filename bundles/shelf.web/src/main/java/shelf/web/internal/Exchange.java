package shelf.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One request and its answer, with the few ways a page answers. */
final class Exchange {
    static final String COOKIE = "shelf_session";

    final Request request;
    final Response response;
    final Callback callback;
    final boolean secure;
    WebSession session;
    private Fields form;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.secure = request.isSecure();
    }

    String path() {
        return Request.getPathInContext(request);
    }

    String method() {
        return request.getMethod();
    }

    boolean post() {
        return "POST".equals(method());
    }

    /** A query parameter, or "" when absent. */
    String query(String name) {
        Fields.Field f = Request.extractQueryParameters(request, StandardCharsets.UTF_8).get(name);
        return f == null ? "" : f.getValue();
    }

    /** A field of a url-encoded form body, or "" when absent. */
    String form(String name) throws Exception {
        if (form == null) {
            form = org.eclipse.jetty.server.FormFields.getFields(request);
        }
        Fields.Field f = form.get(name);
        return f == null ? "" : f.getValue();
    }

    /** Every value of a form field sent several times (checkboxes), in order. */
    java.util.List<String> formAll(String name) throws Exception {
        form(name);
        Fields.Field f = form.get(name);
        return f == null ? java.util.List.of() : f.getValues();
    }

    String cookie(String name) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, and Secure when the page came over TLS. */
    void sessionCookie(WebSession s) {
        Response.addCookie(response, HttpCookie.build(COOKIE, s.id).path("/").httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT).secure(secure).build());
    }

    void clearSessionCookie() {
        Response.addCookie(response, HttpCookie.build(COOKIE, "").path("/").httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT).secure(secure).maxAge(0).build());
    }

    void html(int status, String html) {
        send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    void send(int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Cache-Control", "no-store");
        // scripts and styles from this bundle only, and no page inside another site's frame (a hidden approve button)
        response.getHeaders().put("Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "same-origin");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** After a POST: the browser fetches the page with GET (303), so a reload does not post again. */
    void redirect(String location) {
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.write(true, ByteBuffer.allocate(0), callback);
    }
}
