package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A rule's check parameters as the category manager wrote them, in one short line for rules:show:
 * "max=60, unit=gbk", "regex=^SPU\d+$", "values=[红, 蓝, 白]". Long word lists show their first words
 * and how many more there are, so the table stays readable.
 */
final class RuleParameters {
    static final int WORDS_SHOWN = 5;

    private RuleParameters() {}

    static String of(JsonObject rule) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : rule.entrySet()) {
            if (!RuleFactory.COMMON.contains(entry.getKey())) {
                parts.add(entry.getKey() + "=" + value(entry.getValue()));
            }
        }
        return String.join(", ", parts);
    }

    private static String value(JsonElement value) {
        if (value.isJsonArray()) {
            List<String> words = new ArrayList<>();
            value.getAsJsonArray().forEach(word -> words.add(value(word)));
            if (words.size() <= WORDS_SHOWN) {
                return "[" + String.join(", ", words) + "]";
            }
            return "[" + String.join(", ", words.subList(0, WORDS_SHOWN)) + ", … " + (words.size() - WORDS_SHOWN)
                    + " more]";
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
