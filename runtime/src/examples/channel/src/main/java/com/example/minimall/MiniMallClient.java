package com.example.minimall;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Mini Mall's open API, an invented marketplace as small as a real one allows: POST {endpoint}/token with
 * {"app_key", "app_secret"} gives {"access_token", "expires_in"}; POST {endpoint}/api/{method} with a JSON
 * body and "Authorization: Bearer {token}" does the work. Every answer is {"code": 0, "data": {…}} or
 * {"code": …, "message": …}: 40001 the token expired, 42900 throttled, 50300 busy, 40100 bad app key or
 * secret, 40400 no such item, anything else a refusal of the item.
 *
 * <p>The token is renewed once when the platform says it expired, and the call made again; nothing else is
 * retried here — Shelf's publishing engine does that, and needs to know what happened.
 */
final class MiniMallClient {
    private final String endpoint;
    private final String appKey;
    private final String appSecret;
    private final Duration timeout;
    private final HttpClient http;
    private String token = ""; // guarded by this

    MiniMallClient(String endpoint, String appKey, String appSecret, Duration timeout) {
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    String endpoint() {
        return endpoint;
    }

    /** The data of one API method's answer. */
    JsonObject call(String method, JsonObject body) throws ChannelException {
        String used = token();
        try {
            return data(post("/api/" + method, body, used));
        } catch (ChannelException e) {
            if (e.kind() != Kind.TOKEN_EXPIRED) {
                throw e;
            }
            return data(post("/api/" + method, body, renew(used)));
        }
    }

    private synchronized String token() throws ChannelException {
        if (token.isEmpty()) {
            token = issue();
        }
        return token;
    }

    /** A new token, unless another thread already replaced the rejected one: a burst of calls refreshes once. */
    private synchronized String renew(String rejected) throws ChannelException {
        if (token.equals(rejected)) {
            token = issue();
        }
        return token;
    }

    private String issue() throws ChannelException {
        JsonObject body = new JsonObject();
        body.addProperty("app_key", appKey);
        body.addProperty("app_secret", appSecret);
        return data(post("/token", body, "")).get("access_token").getAsString();
    }

    private String post(String path, JsonObject body, String bearer) throws ChannelException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (!bearer.isEmpty()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (ConnectException e) {
            // nothing was sent: safe to try again later
            throw new ChannelException(Kind.BUSY, "", "Mini Mall cannot be reached at " + endpoint + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "Mini Mall did not answer (" + e.getMessage()
                    + "); the call may have been carried out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "interrupted while waiting for Mini Mall's answer", e);
        }
    }

    static JsonObject data(String answer) throws ChannelException {
        JsonObject object;
        try {
            object = JsonParser.parseString(answer).getAsJsonObject();
        } catch (RuntimeException e) {
            // it answered, but not so we can tell whether it did the work
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "Mini Mall answered something that is not its JSON: "
                    + answer.substring(0, Math.min(80, answer.length())));
        }
        int code = object.has("code") ? object.get("code").getAsInt() : -1;
        if (code == 0) {
            JsonElement data = object.get("data");
            return data != null && data.isJsonObject() ? data.getAsJsonObject() : new JsonObject();
        }
        String message = object.has("message") ? object.get("message").getAsString() : "";
        throw new ChannelException(kind(code), String.valueOf(code), "Mini Mall：" + message + "（" + code + "）");
    }

    static Kind kind(int code) {
        return switch (code) {
            case 40001 -> Kind.TOKEN_EXPIRED;
            case 42900 -> Kind.RATE_LIMITED;
            case 50300 -> Kind.BUSY;
            case 40100 -> Kind.BAD_CREDENTIALS;
            case 40400 -> Kind.NOT_FOUND;
            default -> Kind.REFUSED;
        };
    }
}
