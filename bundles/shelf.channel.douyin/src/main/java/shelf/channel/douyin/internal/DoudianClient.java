package shelf.channel.douyin.internal;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException.Kind;

import shelf.api.channel.ChannelException;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;
import shelf.channel.support.Signatures;

/**
 * The Douyin shop (抖店) envelope: POST to the method's path (product.addV2 → /product/addV2) with app_key,
 * method, access_token, timestamp (Unix seconds), v=2, sign_method and sign in the query and param_json —
 * keys sorted at every level, no spaces — as the body; sign = HMAC-SHA256 of secret + app_key… + secret.
 * The answer is {"code": 10000, "msg", "sub_code", "sub_msg", "data"}; any other code is an error.
 */
final class DoudianClient extends PlatformClient {

    /**
     * Sent by every official SDK (Go core/doudian_op_api_client.go, Java and Python alike): the platform then
     * answers with the current error codes (sub_code isv.* / isp.*), not the legacy ones.
     */
    static final Map<String, String> HEADERS = Map.of("x-open-no-old-err-code", "1");

    private final String signMethod;

    DoudianClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
        this.signMethod = settings.signMethod().isEmpty() ? "hmac-sha256" : settings.signMethod();
    }

    JsonObject call(String method, JsonObject param) throws ChannelException {
        return tokens.call(token -> send(method, param, token));
    }

    /** The query parameters of a call, sign included; param_json is what the body carries. */
    Map<String, String> query(String method, String paramJson, String accessToken) {
        Map<String, String> query = new LinkedHashMap<>();
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        query.put("app_key", settings.appKey());
        query.put("method", method);
        if (accessToken != null) {
            query.put("access_token", accessToken);
        }
        query.put("timestamp", timestamp);
        query.put("v", "2");
        query.put("sign_method", signMethod);
        query.put("sign", Signatures.douyin(settings.appKey(), settings.appSecret().reveal(), method, paramJson, timestamp,
                "2", signMethod));
        return query;
    }

    private JsonObject send(String method, JsonObject param, String accessToken) throws ChannelException {
        String paramJson = Json.canonical(param);
        URI uri = URI.create(root.uri() + "/" + method.replace('.', '/') + "?"
                + PlatformHttp.form(query(method, paramJson, accessToken)));
        JsonObject answer = Json.object("抖店", http.postJson(uri, paramJson, HEADERS).body());
        String code = Json.text(answer, "code");
        if (!"10000".equals(code)) {
            String message = Json.text(answer, "msg") + (Json.text(answer, "sub_msg").isEmpty() ? ""
                    : "（" + Json.text(answer, "sub_msg") + "）");
            throw DouyinErrors.classify(code, Json.text(answer, "sub_code"), message);
        }
        return Json.child(answer, "data");
    }

    /**
     * token.refresh with the refresh token when there is one, else token.create for the self-use app's shop
     * (grant_type authorization_self).
     */
    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        Secret refreshToken = previous == null ? Secret.of("") : previous.refreshToken();
        JsonObject param = new JsonObject();
        if (refreshToken.isEmpty()) {
            return AccessToken.fromAnswer(send("token.create", createParam(settings.shopId()), null), "expires_in", Secret.of(""),
                    clock);
        }
        param.addProperty("grant_type", "refresh_token");
        param.addProperty("refresh_token", refreshToken.reveal());
        return AccessToken.fromAnswer(send("token.refresh", param, null), "expires_in", refreshToken, clock);
    }

    /**
     * token.create for a self-use app, as the Go SDK's BuildAccessToken sends it (core/create_token_request.go
     * CreateTokenParam: no omitempty, shop_id an *int64): {"auth_id":null,"auth_subject_type":null,"code":"",
     * "grant_type":"authorization_self","shop_id":12345}. A shop id that is not a number is a settings error.
     */
    static JsonObject createParam(String shopId) throws ChannelException {
        long shop;
        try {
            shop = Long.parseLong(shopId.trim());
        } catch (NumberFormatException e) {
            throw new ChannelException(Kind.BAD_CREDENTIALS, "shop_id", "抖店shopId必须是数字店铺ID，现在是“" + shopId
                    + "”：请在etc/channels/douyin.properties写shopId=店铺ID");
        }
        JsonObject param = new JsonObject();
        param.addProperty("code", "");
        param.addProperty("grant_type", "authorization_self");
        param.addProperty("shop_id", shop);
        param.add("auth_id", JsonNull.INSTANCE);
        param.add("auth_subject_type", JsonNull.INSTANCE);
        return param;
    }
}
