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
import java.util.stream.Collectors;

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
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
