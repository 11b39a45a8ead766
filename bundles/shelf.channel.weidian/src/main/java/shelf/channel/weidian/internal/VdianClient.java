package shelf.channel.weidian.internal;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.Multipart;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;

/**
 * The Weidian (vdian) open API envelope: POST /api with two form fields, public = {"method",
 * "access_token", "version", "format": "json"} and param = the business JSON; no signature. The token
 * comes from GET /token (grant_type client_credential, appkey, secret) and lives expire_in seconds. The
 * answer is {"status": {"status_code", "status_reason"}, "result": …}.
 */
final class VdianClient extends PlatformClient {


    VdianClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
    }

    /** The result of a method; {@code version} is the method's API version ("1.0", "1.1"). */
    JsonElement call(String method, String version, JsonObject param) throws ChannelException {
        return tokens.call(token -> result(http.postForm(URI.create(root.uri() + "/api"), form(method, version, param, token)).body()));
    }

    static Map<String, String> form(String method, String version, JsonObject param, String token) {
        JsonObject common = new JsonObject();
        common.addProperty("method", method);
        common.addProperty("access_token", token);
        common.addProperty("version", version);
        common.addProperty("format", "json");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("public", Json.GSON.toJson(common));
        form.put("param", Json.GSON.toJson(param));
        return form;
    }

    /** POST /media/upload of an image file; the result is the image's URL. */
    String upload(String fileName, byte[] image) throws ChannelException {
        return tokens.call(token -> result(http.postMultipart(URI.create(root.uri() + "/media/upload?access_token="
                + PlatformHttp.encode(token)), new Multipart().file("media", fileName, "image/jpeg", image)).body()).getAsString());
    }

    static JsonElement result(String body) throws ChannelException {
        JsonObject answer = Json.object("微店", body);
        JsonObject status = Json.child(answer, "status");
        String code = Json.text(status, "status_code");
        if (!code.isEmpty() && !"0".equals(code)) {
            throw WeidianErrors.classify(code, Json.text(status, "status_reason"));
        }
        JsonElement result = answer.get("result");
        return result == null ? new JsonObject() : result;
    }

    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        URI uri = URI.create(root.uri() + "/token?grant_type=client_credential&appkey=" + PlatformHttp.encode(settings.appKey())
                + "&secret=" + PlatformHttp.encode(settings.appSecret().reveal()));
        return AccessToken.fromAnswer(result(http.get(uri).body()).getAsJsonObject(), "expire_in", Secret.of(""), clock);
    }
}
