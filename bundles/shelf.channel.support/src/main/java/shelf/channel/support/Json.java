package shelf.channel.support;

import java.math.BigDecimal;
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

    /**
     * Compact text with the keys of every object in ascending order (Douyin's param_json), as the 抖店
     * signing guide and its Go SDK write it (utils/sign_util.go Marshal: encoding/json, HTML escaping off):
     * explicit nulls kept ({@code "auth_id":null}), raw UTF-8, and numbers as JavaScript and Go write them —
     * {@code 12} for 12.0, {@code 1e+21}, {@code 1.5e-7} — never Java's {@code 12.0} or {@code 1.0E21}.
     */
    public static String canonical(JsonElement element) {
        StringBuilder out = new StringBuilder();
        write(element, out);
        return out.toString();
    }

    private static void write(JsonElement element, StringBuilder out) {
        if (element == null || element.isJsonNull()) {
            out.append("null");
        } else if (element.isJsonObject()) {
            TreeMap<String, JsonElement> keys = new TreeMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> keys.put(e.getKey(), e.getValue()));
            out.append('{');
            keys.forEach((key, value) -> {
                if (out.charAt(out.length() - 1) != '{') {
                    out.append(',');
                }
                quote(key, out);
                out.append(':');
                write(value, out);
            });
            out.append('}');
        } else if (element.isJsonArray()) {
            out.append('[');
            boolean first = true;
            for (JsonElement item : element.getAsJsonArray()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (element.getAsJsonPrimitive().isNumber()) {
            out.append(number(new BigDecimal(element.getAsJsonPrimitive().getAsString())));
        } else if (element.getAsJsonPrimitive().isString()) {
            quote(element.getAsString(), out);
        } else {
            out.append(element.getAsBoolean());
        }
    }

    /**
     * A string as Gson writes it without HTML escaping (its JsonWriter's replacement table), straight into
     * {@code out}: a Gson writer per key and value made most of the garbage of signing Douyin's param_json.
     */
    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A number as ECMAScript's Number::toString writes it (and Go's encoding/json for a float64): the shortest
     * digits; plain up to 21 integer digits and down to 1e-6, else d.ddde±n.
     */
    static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        if (value.signum() < 0) {
            return "-" + number(value.negate());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int k = digits.length();
        int n = k - stripped.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = "e" + (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
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
