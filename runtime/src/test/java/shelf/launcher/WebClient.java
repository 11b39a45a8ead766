package shelf.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-made HTTP session against the web workbench — what someone posting forms without the pages would
 * do: it keeps the session cookie and reads the CSRF token out of the last page.
 */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("<meta name=csrf content='([^']+)'>");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie = "";
    String csrf = "";

    WebClient(String base) {
        this.base = base;
    }

    /** Opens the login page, then logs in; the answer is the login's (303 to /review when it worked). */
    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        get("/login");
        return post("/login", "user", user, "password", password, "csrf", csrf);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A url-encoded form: name, value, name, value, … */
    HttpResponse<String> post(String path, String... fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return remember(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }
}
