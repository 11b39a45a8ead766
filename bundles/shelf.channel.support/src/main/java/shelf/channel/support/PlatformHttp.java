package shelf.channel.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import shelf.api.channel.CallGate;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * HTTP to one platform with a connect and a request timeout, failures classified for the publisher: no
 * connection means nothing happened (busy, retry); a timeout, a broken answer or an HTTP 5xx means the call
 * may have taken effect (unknown outcome); HTTP 429 is throttling. Messages never carry the URI, which may hold an access token.
 * Every request passes through the channel's rate limit first, once the publishing engine has handed it over.
 */
public final class PlatformHttp {
    private final HttpClient client;
    private final Duration timeout;
    private final String platform;
    private volatile CallGate gate = () -> { };

    /** @param platform the platform's name for messages ("淘宝") */
    public PlatformHttp(String platform, Duration connectTimeout, Duration timeout) {
        this.platform = platform;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Paces every request from now on through {@code gate}. */
    public void paceWith(CallGate gate) {
        this.gate = gate;
    }

    /** POST application/x-www-form-urlencoded. */
    public HttpReply postForm(URI uri, Map<String, String> form) throws ChannelException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(form), StandardCharsets.UTF_8)));
    }

    /** POST application/json. */
    public HttpReply postJson(URI uri, String json) throws ChannelException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POST application/json with extra headers (Douyin's SDKs send {@code x-open-no-old-err-code: 1}). */
    public HttpReply postJson(URI uri, String json, Map<String, String> headers) throws ChannelException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json;charset=utf-8");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POST multipart/form-data. */
    public HttpReply postMultipart(URI uri, Multipart body) throws ChannelException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** POST of raw bytes (an image) with their content type. */
    public HttpReply postBytes(URI uri, String contentType, byte[] body) throws ChannelException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpReply get(URI uri) throws ChannelException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** key=value&… with UTF-8 percent-encoding. */
    public static String form(Map<String, String> form) {
        StringBuilder out = new StringBuilder(256);
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            encode(e.getKey(), out);
            out.append('=');
            encode(e.getValue(), out);
        }
        return out.toString();
    }

    /** What {@link URLEncoder#encode(String, java.nio.charset.Charset)} gives for UTF-8. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        encode(text, out);
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * URLEncoder's form encoding written straight into {@code out}: letters, digits and {@code .-*_} as they are,
     * a space as {@code +}, every other UTF-8 byte as {@code %XX}. URLEncoder makes several objects for every value
     * with a character to encode, and a product's form (Taobao, Pinduoduo) is mostly Chinese text.
     */
    private static void encode(String text, StringBuilder out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '*' || c == '_') {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else if (c < 0x80) {
                percent(c, out);
            } else if (c < 0x800) {
                percent(0xC0 | c >> 6, out);
                percent(0x80 | c & 0x3F, out);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                percent(0xF0 | cp >> 18, out);
                percent(0x80 | cp >> 12 & 0x3F, out);
                percent(0x80 | cp >> 6 & 0x3F, out);
                percent(0x80 | cp & 0x3F, out);
            } else if (Character.isSurrogate(c)) {
                percent('?', out); // a lone surrogate: the encoder's replacement, as URLEncoder writes it
            } else {
                percent(0xE0 | c >> 12, out);
                percent(0x80 | c >> 6 & 0x3F, out);
                percent(0x80 | c & 0x3F, out);
            }
        }
    }

    private static void percent(int b, StringBuilder out) {
        out.append('%').append(HEX[b >> 4 & 0xF]).append(HEX[b & 0xF]);
    }

    private HttpReply send(HttpRequest.Builder request) throws ChannelException {
        try {
            gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(Kind.BUSY, "", platform + "请求未发出：等待限流时被中断");
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ChannelException(Kind.BUSY, "", platform + "连接失败，请求未发出：" + e.getClass().getSimpleName());
        } catch (HttpTimeoutException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "在" + timeout.toMillis()
                    + "毫秒内没有应答，请求可能已生效");
        } catch (IOException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "的应答中断，请求可能已生效："
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "请求被中断，请求可能已生效");
        }
        int status = response.statusCode();
        if (status == 429) {
            throw new ChannelException(Kind.RATE_LIMITED, "http-429", platform + "限流（HTTP 429）");
        }
        if (status >= 500) {
            // a gateway may fail after the platform behind it acted: look the listing up before creating again
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "http-" + status, platform + "服务端错误（HTTP " + status
                    + "），请求可能已生效");
        }
        return new HttpReply(status, response.body());
    }
}
