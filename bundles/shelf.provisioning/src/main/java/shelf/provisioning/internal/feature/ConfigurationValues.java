package shelf.provisioning.internal.feature;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Turns a feature's configuration properties into the types Configuration Admin takes, following the
 * Configurator conventions (Compendium chapter 150): "key": value, or "key:Type": value with Type one of
 * String, Integer, Long, Float, Double, Boolean, Short, Byte, Character, their primitive names, T[] or
 * Collection&lt;T&gt;. Keys starting with ":configurator:" are instructions for a Configurator, not properties.
 */
final class ConfigurationValues {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("String", String.class), Map.entry("Integer", Integer.class), Map.entry("int", Integer.class),
            Map.entry("Long", Long.class), Map.entry("long", Long.class), Map.entry("Float", Float.class),
            Map.entry("float", Float.class), Map.entry("Double", Double.class), Map.entry("double", Double.class),
            Map.entry("Boolean", Boolean.class), Map.entry("boolean", Boolean.class), Map.entry("Short", Short.class),
            Map.entry("short", Short.class), Map.entry("Byte", Byte.class), Map.entry("byte", Byte.class),
            Map.entry("Character", Character.class), Map.entry("char", Character.class));

    private ConfigurationValues() {}

    static Map<String, Object> convert(String pid, JsonObject properties) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> property : properties.entrySet()) {
            String key = property.getKey();
            if (key.startsWith(":configurator:")) {
                continue;
            }
            int colon = key.indexOf(':');
            String name = colon < 0 ? key : key.substring(0, colon);
            String type = colon < 0 ? "" : key.substring(colon + 1).trim();
            try {
                result.put(name, type.isEmpty() ? untyped(property.getValue()) : typed(type, property.getValue()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("configuration " + pid + ", property " + key + ": " + e.getMessage());
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static Object untyped(JsonElement value) {
        if (value.isJsonPrimitive()) {
            return scalar(value.getAsJsonPrimitive());
        }
        if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (array.isEmpty()) {
                return new String[0];
            }
            Object first = untyped(array.get(0));
            return toArray(first.getClass(), array, element -> untyped(element));
        }
        throw new IllegalArgumentException("a value must be a string, number, boolean or array, not " + value);
    }

    private static Object scalar(JsonPrimitive value) {
        if (value.isBoolean()) {
            return value.getAsBoolean();
        }
        if (value.isNumber()) {
            String text = value.getAsString();
            return text.contains(".") || text.contains("e") || text.contains("E")
                    ? (Object) value.getAsDouble() : (Object) value.getAsLong();
        }
        return value.getAsString();
    }

    private static Object typed(String type, JsonElement value) {
        if (type.endsWith("[]")) {
            Class<?> element = elementType(type.substring(0, type.length() - 2));
            return toArray(element, asArray(value), item -> single(element, item));
        }
        if (type.startsWith("Collection<") && type.endsWith(">")) {
            Class<?> element = elementType(type.substring("Collection<".length(), type.length() - 1));
            List<Object> list = new ArrayList<>();
            for (JsonElement item : asArray(value)) {
                list.add(single(element, item));
            }
            return list;
        }
        if ("Collection".equals(type)) {
            List<Object> list = new ArrayList<>();
            for (JsonElement item : asArray(value)) {
                list.add(untyped(item));
            }
            return list;
        }
        return single(elementType(type), value);
    }

    private static Class<?> elementType(String name) {
        Class<?> type = TYPES.get(name.trim());
        if (type == null) {
            throw new IllegalArgumentException("unknown type " + name + "; use String, Integer, Long, Float, Double, "
                    + "Boolean, Short, Byte or Character, with [] or Collection<…> for many");
        }
        return type;
    }

    private static JsonArray asArray(JsonElement value) {
        if (value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        JsonArray single = new JsonArray();
        single.add(value);
        return single;
    }

    private static Object single(Class<?> type, JsonElement value) {
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException(value + " is not a " + type.getSimpleName());
        }
        String text = value.getAsString();
        try {
            if (type == String.class) return text;
            if (type == Integer.class) return Integer.valueOf(text);
            if (type == Long.class) return Long.valueOf(text);
            if (type == Float.class) return Float.valueOf(text);
            if (type == Double.class) return Double.valueOf(text);
            if (type == Short.class) return Short.valueOf(text);
            if (type == Byte.class) return Byte.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + type.getSimpleName());
        }
        if (type == Boolean.class) {
            if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("'" + text + "' is not a Boolean: write true or false");
            }
            return Boolean.valueOf(text);
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException("'" + text + "' is not a single Character");
        }
        return text.charAt(0);
    }

    private static Object toArray(Class<?> type, JsonArray values, Function<JsonElement, Object> convert) {
        Object array = Array.newInstance(type, values.size());
        for (int i = 0; i < values.size(); i++) {
            Object item = convert.apply(values.get(i));
            if (!type.isInstance(item)) {
                throw new IllegalArgumentException("an array mixes " + type.getSimpleName() + " and "
                        + item.getClass().getSimpleName() + "; give its type, e.g. \"key:String[]\"");
            }
            Array.set(array, i, item);
        }
        return array;
    }
}
