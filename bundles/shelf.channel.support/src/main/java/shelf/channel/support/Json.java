package shelf.channel.support;

import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/** JSON as the platforms want it: compact, no HTML escaping, and (for signing) keys sorted at every level. */
public final class Json {
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {}

    /** Compact text with the keys of every object in ascending order (Douyin's param_json). */
    public static String canonical(JsonElement element) {
        return GSON.toJson(sorted(element));
    }

    private static JsonElement sorted(JsonElement element) {
        if (element.isJsonObject()) {
            TreeMap<String, JsonElement> keys = new TreeMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> keys.put(e.getKey(), sorted(e.getValue())));
            JsonObject copy = new JsonObject();
            keys.forEach(copy::add);
            return copy;
        }
        if (element.isJsonArray()) {
            JsonArray copy = new JsonArray();
            element.getAsJsonArray().forEach(e -> copy.add(sorted(e)));
            return copy;
        }
        return element;
    }

    /** Parses a platform's answer; one that is not a JSON object is an answer whose outcome is unknown. */
    public static JsonObject object(String platform, String text) throws ChannelException {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // falls through to the exception below
        }
        String start = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", platform + "的应答不是JSON对象：" + start);
    }

    /** A member as text, or "" when absent or null. */
    public static String text(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value == null || value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** A member object, or an empty object. */
    public static JsonObject child(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    }

    /** A member array, or an empty array. */
    public static JsonArray array(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }
}
