package shelf.channel.sandbox.kit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import shelf.channel.support.Json;

/** Small builders the simulators share for their answers. */
public final class SandboxJson {
    private SandboxJson() {}

    /** {"key": value} */
    public static JsonObject wrap(String key, com.google.gson.JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(key, value);
        return object;
    }

    public static String text(JsonObject object) {
        return Json.GSON.toJson(object);
    }

    /** 1250 → "12.50" */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** "12.50" → 1250; a price with fractions of a fen or not a number → -1, which every rule refuses. */
    public static long fen(String yuan) {
        try {
            return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** A listing's SKUs, one object each, from the given fields. */
    public static JsonArray skus(SandboxListing listing, java.util.function.Function<SandboxSku, JsonObject> sku) {
        JsonArray array = new JsonArray();
        synchronized (listing) {
            listing.skus.forEach(s -> array.add(sku.apply(s)));
        }
        return array;
    }

    public static JsonArray strings(java.util.List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** "颜色:黑色;尺码:M" → {颜色=黑色, 尺码=M} */
    public static Map<String, String> specs(String text, String pairs, String colon) {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String pair : text.split(pairs)) {
            int at = pair.indexOf(colon);
            if (at > 0) {
                specs.put(pair.substring(0, at), pair.substring(at + colon.length()));
            }
        }
        return specs;
    }
}
