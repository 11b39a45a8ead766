package shelf.api.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Normalisation shared by the value types: no nulls, immutable collections that keep their order. */
final class Values {
    private Values() {}

    static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static Map<String, String> ordered(Map<String, String> values) {
        return values == null || values.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
