package shelf.channel.wechat.internal;

import java.net.URI;
import java.time.Clock;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;

/**
 * The WeChat shop envelope: JSON POSTs to /channels/ec/… with the access token in the query, no signature.
 * The token comes from GET /cgi-bin/token (client_credential, appid, secret) and lives expires_in (7200)
 * seconds; an answer with errcode 0 (or none) succeeded.
 */
final class WechatClient extends PlatformClient {


    WechatClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
    }

    JsonObject post(String path, JsonObject body) throws ChannelException {
        return tokens.call(token -> checked(http.postJson(uri(path, token, ""), Json.GSON.toJson(body)).body()));
    }

    /** /channels/ec/basics/img/upload of an image file's bytes (upload_type 0). */
    JsonObject upload(byte[] image) throws ChannelException {
        return tokens.call(token -> checked(http.postBytes(uri("/channels/ec/basics/img/upload", token,
                "&upload_type=0&resp_type=1"), "image/jpeg", image).body()));
    }

    private URI uri(String path, String token, String query) throws ChannelException {
        return URI.create(root.uri() + path + "?access_token=" + PlatformHttp.encode(token) + query);
    }

    static JsonObject checked(String body) throws ChannelException {
        JsonObject answer = Json.object("微信小店", body);
        String errcode = Json.text(answer, "errcode");
        if (!errcode.isEmpty() && !"0".equals(errcode)) {
            throw WechatErrors.classify(errcode, Json.text(answer, "errmsg"));
        }
        return answer;
    }

    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        URI uri = URI.create(root.uri() + "/cgi-bin/token?grant_type=client_credential&appid="
                + PlatformHttp.encode(settings.appKey()) + "&secret=" + PlatformHttp.encode(settings.appSecret().reveal()));
        return AccessToken.fromAnswer(checked(http.get(uri).body()), "expires_in", Secret.of(""), clock);
    }
}
