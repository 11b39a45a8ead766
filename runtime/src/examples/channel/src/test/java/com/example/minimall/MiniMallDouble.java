package com.example.minimall;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import shelf.channel.testkit.PlatformDouble;

/**
 * Mini Mall's open API (see {@link MiniMallClient}) on 127.0.0.1, a free port: one shop in memory, and the
 * faults the channel contract kit asks for. Like real platforms, it lets two items carry the same outer id,
 * and its search matches outer ids by their beginning.
 */
final class MiniMallDouble implements PlatformDouble, AutoCloseable {
    static final String APP_KEY = "demo";
    static final String APP_SECRET = "demo-secret";

    private final HttpServer server;
    private final Map<String, JsonObject> items = new TreeMap<>();
    private final Set<String> tokens = new HashSet<>();
    private int issued;
    private long nextId = 1000;
    private volatile boolean losing;
    private volatile boolean throttling;

    MiniMallDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        JsonObject answer;
        try (InputStream in = exchange.getRequestBody()) {
            answer = answer(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                    JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject());
        }
        if (losing) {
            exchange.close(); // done, but the answer never leaves
            return;
        }
        byte[] body = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized JsonObject answer(String path, String authorization, JsonObject body) {
        if (throttling) {
            return error(42900, "调用太频繁，请稍后再试");
        }
        if (path.equals("/token")) {
            if (!APP_KEY.equals(text(body, "app_key")) || !APP_SECRET.equals(text(body, "app_secret"))) {
                return error(40100, "app_key或app_secret错误");
            }
            String token = "t-" + ++issued;
            tokens.add(token);
            JsonObject data = new JsonObject();
            data.addProperty("access_token", token);
            data.addProperty("expires_in", 7200);
            return ok(data);
        }
        if (authorization == null || !tokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            return error(40001, "access_token已过期");
        }
        return switch (path) {
            case "/api/item.create" -> create(body);
            case "/api/item.update" -> update(body);
            case "/api/item.search" -> search(text(body, "outer_id"));
            case "/api/item.list" -> list(body.get("page").getAsInt(), body.get("size").getAsInt());
            case "/api/item.delist" -> delist(text(body, "item_id"));
            case "/api/sku.update" -> updateSku(body);
            default -> error(40000, "没有这个接口：" + path);
        };
    }

    private JsonObject create(JsonObject item) {
        String id = String.valueOf(++nextId);
        item.addProperty("item_id", id);
        item.addProperty("on_sale", true);
        for (JsonElement sku : item.getAsJsonArray("skus")) {
            sku.getAsJsonObject().addProperty("sku_id", id + "-" + ++nextId);
        }
        items.put(id, item);
        JsonObject data = new JsonObject();
        data.addProperty("item_id", id);
        return ok(data);
    }

    private JsonObject update(JsonObject item) {
        JsonObject old = items.get(text(item, "item_id"));
        if (old == null) {
            return error(40400, "商品不存在");
        }
        items.remove(text(old, "item_id"));
        items.put(text(item, "item_id"), item);
        item.addProperty("on_sale", old.get("on_sale").getAsBoolean());
        for (JsonElement sku : item.getAsJsonArray("skus")) {
            sku.getAsJsonObject().addProperty("sku_id", text(item, "item_id") + "-" + ++nextId);
        }
        return ok(new JsonObject());
    }

    private JsonObject search(String outerIdStart) {
        JsonArray found = new JsonArray();
        items.values().stream().filter(item -> text(item, "outer_id").startsWith(outerIdStart)).forEach(found::add);
        JsonObject data = new JsonObject();
        data.add("items", found);
        return ok(data);
    }

    private JsonObject list(int page, int size) {
        List<JsonObject> all = new ArrayList<>(items.values());
        JsonArray pageItems = new JsonArray();
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(pageItems::add);
        JsonObject data = new JsonObject();
        data.add("items", pageItems);
        data.addProperty("total", all.size());
        return ok(data);
    }

    private JsonObject delist(String id) {
        JsonObject item = items.get(id);
        if (item == null) {
            return error(40400, "商品不存在");
        }
        item.addProperty("on_sale", false);
        return ok(new JsonObject());
    }

    private JsonObject updateSku(JsonObject change) {
        JsonObject item = items.get(text(change, "item_id"));
        for (JsonElement element : item == null ? new JsonArray() : item.getAsJsonArray("skus")) {
            JsonObject sku = element.getAsJsonObject();
            if (text(sku, "outer_sku_id").equals(text(change, "outer_sku_id"))) {
                List.of("price_fen", "stock").stream().filter(change::has).forEach(key -> sku.add(key, change.get(key)));
                return ok(new JsonObject());
            }
        }
        return error(40400, "商品或SKU不存在");
    }

    private static String text(JsonObject object, String key) {
        return object.has(key) ? object.get(key).getAsString() : "";
    }

    private static JsonObject ok(JsonObject data) {
        JsonObject answer = new JsonObject();
        answer.addProperty("code", 0);
        answer.add("data", data);
        return answer;
    }

    private static JsonObject error(int code, String message) {
        JsonObject answer = new JsonObject();
        answer.addProperty("code", code);
        answer.addProperty("message", message);
        return answer;
    }

    @Override
    public synchronized int listingsWithOuterId(String outerId) {
        return (int) items.values().stream().filter(item -> text(item, "outer_id").equals(outerId)).count();
    }

    @Override
    public synchronized int tokensIssued() {
        return issued;
    }

    @Override
    public void loseAnswers() {
        losing = true;
    }

    @Override
    public synchronized void expireTokens() {
        tokens.clear();
    }

    @Override
    public void throttle() {
        throttling = true;
    }

    @Override
    public void clearFaults() {
        losing = false;
        throttling = false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
