package shelf.provisioning.internal.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** Reads the OSGi Feature Service JSON format (Compendium R8, chapter 160) as far as Shelf uses it. */
public final class FeatureJsonParser {

    /**
     * @param fileName named in every message, so the user knows which file to fix
     * @param json the file's content
     */
    public Feature parse(String fileName, String json) throws MalformedFeatureException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new MalformedFeatureException(fileName + " is not valid JSON: " + firstLine(e));
        }
        if (!root.isJsonObject()) {
            throw new MalformedFeatureException(fileName + " must hold one JSON object { \"id\": …, \"bundles\": […] }");
        }
        JsonObject object = root.getAsJsonObject();
        try {
            checkFormatVersion(object);
            MavenCoordinates id = MavenCoordinates.parse(requiredString(object, "id"));
            return new Feature(id, optionalString(object, "name"), optionalString(object, "description"),
                    bundles(object), configurations(object));
        } catch (IllegalArgumentException e) {
            throw new MalformedFeatureException(fileName + ": " + e.getMessage());
        }
    }

    private static void checkFormatVersion(JsonObject object) {
        JsonElement version = object.get("feature-resource-version");
        if (version != null && !(isString(version) && version.getAsString().startsWith("1."))) {
            throw new IllegalArgumentException("\"feature-resource-version\" is " + version
                    + "; Shelf reads version \"1.0\" of the format");
        }
    }

    private static List<FeatureBundle> bundles(JsonObject object) {
        JsonElement bundles = object.get("bundles");
        if (bundles == null) {
            return List.of();
        }
        if (!bundles.isJsonArray()) {
            throw new IllegalArgumentException("\"bundles\" must be an array of bundle ids or { \"id\": … } objects");
        }
        List<FeatureBundle> result = new ArrayList<>();
        int index = 0;
        for (JsonElement entry : bundles.getAsJsonArray()) {
            String where = "bundles[" + index++ + "]";
            if (isString(entry)) {
                result.add(new FeatureBundle(coordinates(where, entry.getAsString()), 0));
            } else if (entry.isJsonObject()) {
                JsonObject bundle = entry.getAsJsonObject();
                JsonElement id = bundle.get("id");
                if (!isString(id)) {
                    throw new IllegalArgumentException(where + " has no \"id\": write { \"id\": \"group:artifact:version\" }");
                }
                result.add(new FeatureBundle(coordinates(where, id.getAsString()), startOrder(where, bundle)));
            } else {
                throw new IllegalArgumentException(where + " must be a bundle id or an object with an \"id\"");
            }
        }
        return Collections.unmodifiableList(result);
    }

    private static MavenCoordinates coordinates(String where, String id) {
        try {
            return MavenCoordinates.parse(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static int startOrder(String where, JsonObject bundle) {
        JsonElement order = bundle.get("start-order");
        if (order == null) {
            return 0;
        }
        try {
            // The specification writes it as a string ("start-order": "5"); a plain number is accepted too.
            return Integer.parseInt(order.getAsString().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": \"start-order\" is " + order + ", not a whole number");
        }
    }

    private static Map<String, Map<String, Object>> configurations(JsonObject object) {
        JsonElement configurations = object.get("configurations");
        if (configurations == null) {
            return Map.of();
        }
        if (!configurations.isJsonObject()) {
            throw new IllegalArgumentException("\"configurations\" must be an object { \"pid\": { \"key\": value } }");
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> pid : configurations.getAsJsonObject().entrySet()) {
            if (!pid.getValue().isJsonObject()) {
                throw new IllegalArgumentException("configuration " + pid.getKey() + " must be an object of properties");
            }
            result.put(pid.getKey(), ConfigurationValues.convert(pid.getKey(), pid.getValue().getAsJsonObject()));
        }
        return Collections.unmodifiableMap(result);
    }

    private static String requiredString(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (!isString(value)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing; write \"" + key
                    + "\": \"group:artifact:version\"");
        }
        return value.getAsString();
    }

    private static String optionalString(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (!isString(value)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return value.getAsString();
    }

    private static boolean isString(JsonElement element) {
        return element instanceof JsonPrimitive primitive && primitive.isString();
    }

    /** Gson's messages end with a link to its troubleshooting guide; the user needs only the position. */
    private static String firstLine(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
