package shelf.rules.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** A rule's own keys as plain Java values for a plugin check: no Gson type crosses to another bundle. */
final class PluginParameters {
    private PluginParameters() {}

    static Map<String, Object> of(JsonObject json, Set<String> common) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        json.entrySet().stream().filter(e -> !common.contains(e.getKey()))
                .forEach(e -> parameters.put(e.getKey(), value(e.getValue())));
        return Collections.unmodifiableMap(parameters);
    }

    private static Object value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            element.getAsJsonArray().forEach(e -> list.add(value(e)));
            return Collections.unmodifiableList(list);
        }
        if (element.isJsonObject()) {
            return of(element.getAsJsonObject(), Set.of());
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        return primitive.isNumber() ? new BigDecimal(primitive.getAsString()) : primitive.getAsString();
    }
}
