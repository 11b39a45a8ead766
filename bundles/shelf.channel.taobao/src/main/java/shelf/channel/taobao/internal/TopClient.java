package shelf.channel.taobao.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.HttpReply;
import shelf.channel.support.Json;
import shelf.channel.support.Multipart;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;
import shelf.channel.support.Signatures;

/**
 * The TOP 2.0 envelope: every call is a form POST to /router/rest with method, app_key, session,
 * timestamp (Beijing time), format=json, v=2.0, sign_method and sign over the sorted parameters (files left
 * out; empty and whitespace-only values neither signed nor sent, as the TOP SDK does). The answer is {"<name>_response": {…}} or {"error_response": {…}}.
 */
final class TopClient extends PlatformClient {
    static final String GATEWAY_PATH = "/router/rest";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final String signMethod;

    TopClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
        this.signMethod = settings.signMethod().isEmpty() ? "md5" : settings.signMethod();
    }

    /** Calls a method that acts for the seller (with the session). */
    JsonObject call(String method, Map<String, String> params) throws ChannelException {
        return tokens.call(session -> send(method, params, session, null));
    }

    /** Calls a method with one file parameter, which is sent but not signed. */
    JsonObject upload(String method, Map<String, String> params, String fileParam, String fileName, byte[] file)
            throws ChannelException {
        return tokens.call(session -> send(method, params, session, new Multipart().file(fileParam, fileName, "image/jpeg", file)));
    }

    /** The signed form of a call: common parameters, business parameters and sign. */
    Map<String, String> signed(String method, Map<String, String> params, String session) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", method);
        form.put("app_key", settings.appKey());
        if (session != null) {
            form.put("session", session);
        }
        form.put("timestamp", TIMESTAMP.format(clock.instant()));
        form.put("format", "json");
        form.put("v", "2.0");
        form.put("sign_method", signMethod);
        form.putAll(params);
        // the TOP SDK neither signs nor sends an empty or whitespace-only value: one sent unsigned fails error 25
        form = Signatures.withoutEmpty(form, true);
        form.put("sign", Signatures.taobao(form, settings.appSecret().reveal(), signMethod));
        return form;
    }

    private JsonObject send(String method, Map<String, String> params, String session, Multipart files)
            throws ChannelException {
        Map<String, String> form = signed(method, params, session);
        HttpReply reply;
        if (files == null) {
            reply = http.postForm(root.uri(), form);
        } else {
            form.forEach(files::field);
            reply = http.postMultipart(root.uri(), files);
        }
        JsonObject answer = Json.object("淘宝", reply.body());
        if (answer.has("error_response")) {
            throw TopErrors.classify(answer.getAsJsonObject("error_response"));
        }
        String key = method.replaceFirst("^taobao\\.", "").replace('.', '_') + "_response";
        if (!answer.has(key)) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "淘宝的应答缺少" + key);
        }
        return answer.getAsJsonObject(key);
    }

    /** taobao.top.auth.token.refresh: a new session from the refresh token (token_result is JSON text). */
    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        Secret refreshToken = AccessToken.refreshToken(previous, settings);
        if (refreshToken.isEmpty()) {
            throw new ChannelException(Kind.BAD_CREDENTIALS, "27", "淘宝会话已失效且未配置refreshToken，请重新授权");
        }
        JsonObject response = send("taobao.top.auth.token.refresh", Map.of("refresh_token", refreshToken.reveal()), null, null);
        JsonObject token = Json.object("淘宝", Json.text(response, "token_result"));
        return AccessToken.fromAnswer(token, "expires_in", refreshToken, clock);
    }
}
