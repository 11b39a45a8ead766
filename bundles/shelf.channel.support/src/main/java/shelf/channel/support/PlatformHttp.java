package shelf.channel.support;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import shelf.api.channel.CallGate;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * HTTP to one platform with a connect and a request timeout, failures classified for the publisher: no
 * connection means nothing happened (busy, retry); a timeout, a broken answer or an HTTP 5xx means the call
 * may have taken effect (unknown outcome); HTTP 429 is throttling. Messages never carry the URI, which may hold an access token.
 * Every request passes through the channel's rate limit first, once the publishing engine has handed it over.
 *
 * <p>Apache HttpClient's classic (blocking) client: the request is written and the answer read on the caller's
 * thread, over kept-alive connections from a pool. The JDK's {@code java.net.http.HttpClient} hands every
 * exchange to its selector and worker threads and back through a chain of futures; measured against the
 * sandbox on two cores, that machinery took about a quarter of the runtime's CPU while publishing.
 * Nothing is ever sent twice by the client itself: automatic retries are off, so a request whose answer was
 * lost comes back as an unknown outcome for the publisher to look up, never as a silent second POST.
 */
public final class PlatformHttp implements AutoCloseable {
    /** Connections kept per platform: above any channel's number of callers, so none waits for a connection. */
    private static final int CONNECTIONS = 64;
    /** A kept-alive connection idle this long is checked before it is used: the platform may have closed it. */
    private static final TimeValue CHECK_AFTER_IDLE = TimeValue.ofSeconds(2);

    private final CloseableHttpClient client;
    private final Duration timeout;
    private final String platform;
    private volatile CallGate gate = () -> { };

    /** @param platform the platform's name for messages ("淘宝") */
    public PlatformHttp(String platform, Duration connectTimeout, Duration timeout) {
        // HttpClient reads a timeout of 0 as none at all: a silent platform would hold a caller for ever
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(platform + ": timeouts must be above 0 ms (connect " + connectTimeout.toMillis()
                    + " ms, answer " + timeout.toMillis() + " ms)");
        }
        this.platform = platform;
        this.timeout = timeout;
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(timeout))
                .setValidateAfterInactivity(CHECK_AFTER_IDLE)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(CONNECTIONS).setMaxConnPerRoute(CONNECTIONS)
                        .setDefaultConnectionConfig(connections).build())
                // a wait for a free connection counts against the request's time, and ends before anything is sent
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(timeout))
                        .setResponseTimeout(Timeout.of(timeout)).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /** Paces every request from now on through {@code gate}. */
    public void paceWith(CallGate gate) {
        this.gate = gate;
    }

    /** POST application/x-www-form-urlencoded. */
    public HttpReply postForm(URI uri, Map<String, String> form) throws ChannelException {
        return send(post(uri, "application/x-www-form-urlencoded;charset=utf-8", form(form).getBytes(StandardCharsets.UTF_8)));
    }

    /** POST application/json. */
    public HttpReply postJson(URI uri, String json) throws ChannelException {
        return send(post(uri, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8)));
    }

    /** POST application/json with extra headers (Douyin's SDKs send {@code x-open-no-old-err-code: 1}). */
    public HttpReply postJson(URI uri, String json, Map<String, String> headers) throws ChannelException {
        HttpPost request = post(uri, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
        headers.forEach(request::addHeader);
        return send(request);
    }

    /** POST multipart/form-data. */
    public HttpReply postMultipart(URI uri, Multipart body) throws ChannelException {
        return send(post(uri, body.contentType(), body.bytes()));
    }

    /** POST of raw bytes (an image) with their content type. */
    public HttpReply postBytes(URI uri, String contentType, byte[] body) throws ChannelException {
        return send(post(uri, contentType, body));
    }

    public HttpReply get(URI uri) throws ChannelException {
        return send(new HttpGet(uri));
    }

    /**
     * Closes the pooled connections: the adapter is going away and sends nothing more through this client.
     *
     * @since 1.6
     */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** The body as given, under the Content-Type header as given (the client adds none of its own). */
    private static HttpPost post(URI uri, String contentType, byte[] body) {
        HttpPost post = new HttpPost(uri);
        post.setHeader("Content-Type", contentType);
        post.setEntity(new ByteArrayEntity(body, null));
        return post;
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

    private HttpReply send(HttpUriRequestBase request) throws ChannelException {
        try {
            gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(Kind.BUSY, "", platform + "请求未发出：等待限流时被中断");
        }
        HttpReply reply;
        try {
            reply = client.execute(request, response -> new HttpReply(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
        } catch (ConnectTimeoutException | ConnectException | UnknownHostException | ConnectionRequestTimeoutException e) {
            throw new ChannelException(Kind.BUSY, "", platform + "连接失败，请求未发出：" + e.getClass().getSimpleName());
        } catch (SocketTimeoutException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "在" + timeout.toMillis()
                    + "毫秒内没有应答，请求可能已生效");
        } catch (InterruptedIOException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "请求被中断，请求可能已生效");
        } catch (IOException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "的应答中断，请求可能已生效："
                    + e.getClass().getSimpleName());
        }
        int status = reply.status();
        if (status == 429) {
            throw new ChannelException(Kind.RATE_LIMITED, "http-429", platform + "限流（HTTP 429）");
        }
        if (status >= 500) {
            // a gateway may fail after the platform behind it acted: look the listing up before creating again
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "http-" + status, platform + "服务端错误（HTTP " + status
                    + "），请求可能已生效");
        }
        return reply;
    }
}
