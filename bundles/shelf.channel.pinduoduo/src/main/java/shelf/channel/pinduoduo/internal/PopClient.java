package shelf.channel.pinduoduo.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;
import shelf.channel.support.Signatures;

/**
 * The Pinduoduo pop envelope: a form POST to /api/router with type, client_id, access_token, timestamp in
 * Unix seconds, data_type=JSON and sign = MD5(client_secret + sorted name+value + client_secret), upper
 * case. Object values travel as JSON text, signed as sent; empty values are neither signed nor sent. The answer is {"…_response": {…}} or
 * {"error_response": {…}}; the name of the former is not always derivable from the type, so any one is taken.
 */
final class PopClient extends PlatformClient {
    static final String GATEWAY_PATH = "/api/router";



    PopClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
    }

    JsonObject call(String type, Map<String, String> params) throws ChannelException {
        return tokens.call(token -> send(type, params, token));
    }

    Map<String, String> signed(String type, Map<String, String> params, String accessToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", type);
        form.put("client_id", settings.appKey());
        if (accessToken != null) {
            form.put("access_token", accessToken);
        }
        form.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
        form.put("data_type", "JSON");
        form.putAll(params);
        // Pinduoduo's SDKs do not sign an empty value (a goods_desc of a product without a description): not sent either
        form = Signatures.withoutEmpty(form, false);
        form.put("sign", Signatures.pinduoduo(form, settings.appSecret().reveal()));
        return form;
    }

    private JsonObject send(String type, Map<String, String> params, String accessToken) throws ChannelException {
        JsonObject answer = Json.object("拼多多", http.postForm(root.uri(), signed(type, params, accessToken)).body());
        if (answer.has("error_response")) {
            throw PddErrors.classify(answer.getAsJsonObject("error_response"));
        }
        for (Map.Entry<String, JsonElement> member : answer.entrySet()) {
            if (member.getKey().endsWith("_response") && member.getValue().isJsonObject()) {
                return member.getValue().getAsJsonObject();
            }
        }
        throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "拼多多的应答缺少" + type + "的结果");
    }

    /** pdd.pop.auth.token.refresh: a new access token from the refresh token. */
    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        Secret refreshToken = AccessToken.refreshToken(previous, settings);
        if (refreshToken.isEmpty()) {
            throw new ChannelException(Kind.BAD_CREDENTIALS, "10019", "拼多多access_token已过期且未配置refreshToken，请重新授权");
        }
        JsonObject token = send("pdd.pop.auth.token.refresh", Map.of("refresh_token", refreshToken.reveal()), null);
        return AccessToken.fromAnswer(token, "expires_in", refreshToken, clock);
    }
}
