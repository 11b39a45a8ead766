package shelf.rules.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.jexl3.JexlScript;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Builds one rule from its JSON object, checking every parameter its check needs. A problem is thrown
 * as an {@link IllegalArgumentException} whose message says what to fix; the reader adds file and rule.
 */
final class RuleFactory {
    static final Set<String> COMMON = Set.of("id", "code", "field", "check", "severity", "message");
    /** check → the parameters it takes besides the common ones. */
    static final Map<String, Set<String>> CHECKS = Map.ofEntries(
            Map.entry("required", Set.of()), Map.entry("minLength", Set.of("min", "unit")),
            Map.entry("maxLength", Set.of("max", "unit")), Map.entry("pattern", Set.of("regex")),
            Map.entry("range", Set.of("min", "max")), Map.entry("oneOf", Set.of("values")),
            Map.entry("notContainsWords", Set.of("words")), Map.entry("unique", Set.of()),
            Map.entry("barcode", Set.of()), Map.entry("expression", Set.of("expression")),
            Map.entry("image", Set.of("minWidth", "minHeight", "square", "maxBytes", "formats")),
            Map.entry("video", Set.of("maxSeconds", "formats")));

    private RuleFactory() {}

    static Rule build(JsonObject json, RuleHead head, String check) {
        return build(json, head, check, PluginChecks.NONE);
    }

    /** As {@link #build(JsonObject, RuleHead, String)}, a kind other than the built-in ones served by {@code plugins}. */
    static Rule build(JsonObject json, RuleHead head, String check, PluginChecks plugins) {
        Set<String> params = CHECKS.get(check);
        if (params == null) {
            shelf.api.rules.RuleCheck plugin = plugins.find(check);
            if (plugin == null) {
                Set<String> known = new TreeSet<>(CHECKS.keySet());
                known.addAll(plugins.kinds());
                throw new UnknownCheck(check, "unknown check '" + check + "' — use one of " + known
                        + ", or install the bundle that adds the check '" + check + "' first");
            }
            try {
                return new PluginRule(head, PluginParameters.of(json, COMMON), plugin, plugins);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("check '" + check + "' could not read the rule: " + e, e);
            }
        }
        for (String key : json.keySet()) {
            if (!COMMON.contains(key) && !params.contains(key)) {
                throw new IllegalArgumentException("check '" + check + "' takes no parameter '" + key + "'"
                        + (params.isEmpty() ? "" : " — it takes " + new TreeSet<>(params)));
            }
        }
        return switch (check) {
            case "required" -> new FieldRule(head, value -> ValueCheck.isEmpty(value) ? "未填写" : null);
            case "minLength" -> new FieldRule(head, new TextLength(integer(json, "min"), null, gbk(json)));
            case "maxLength" -> new FieldRule(head, new TextLength(null, integer(json, "max"), gbk(json)));
            case "pattern" -> new FieldRule(head, pattern(text(json, "regex")));
            case "range" -> new FieldRule(head, range(json));
            case "oneOf" -> new FieldRule(head, oneOf(words(json, "values")));
            case "notContainsWords" -> new FieldRule(head, banned(new WordAutomaton(words(json, "words"))));
            case "unique" -> new UniqueRule(head);
            case "barcode" -> new FieldRule(head, new BarcodeDigits());
            case "image" -> image(json, head);
            case "video" -> video(json, head);
            default -> expression(head, text(json, "expression"));
        };
    }

    /** A check no built-in kind and no installed bundle provides: the pack may deploy once a bundle adds it. */
    static final class UnknownCheck extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String kind;

        UnknownCheck(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    private static ValueCheck pattern(String regex) {
        com.google.re2j.Pattern pattern = LinearPatterns.compile(regex);
        return value -> ValueCheck.isEmpty(value) || LinearPatterns.matches(pattern, String.valueOf(value))
                ? null : "不符合格式";
    }

    private static Rule image(JsonObject json, RuleHead head) {
        mediaField(head, "mainImages, detailImages");
        boolean square = json.has("square") && bool(json, "square");
        return new ImageRule(head, json.has("minWidth") ? integer(json, "minWidth") : 0,
                json.has("minHeight") ? integer(json, "minHeight") : 0, square,
                json.has("maxBytes") ? integer(json, "maxBytes") : 0, formats(json));
    }

    private static Rule video(JsonObject json, RuleHead head) {
        mediaField(head, "video");
        return new VideoRule(head, json.has("maxSeconds") ? number(json, "maxSeconds") : null, formats(json));
    }

    private static void mediaField(RuleHead head, String fields) {
        if (head.field().perSku() || !fields.contains(head.field().path())) {
            throw new IllegalArgumentException("check '" + head.check() + "' reads media files: its \"field\" is one of "
                    + fields + ", not " + head.field().path());
        }
    }

    private static Set<String> formats(JsonObject json) {
        return json.has("formats") ? Set.copyOf(words(json, "formats").stream()
                .map(f -> f.toLowerCase(java.util.Locale.ROOT).equals("jpg") ? "jpeg" : f.toLowerCase(java.util.Locale.ROOT))
                .toList()) : Set.of();
    }

    private static boolean bool(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException("\"" + key + "\" must be true or false, not " + value);
        }
        return value.getAsBoolean();
    }

    private static ValueCheck range(JsonObject json) {
        BigDecimal min = json.has("min") ? number(json, "min") : null;
        BigDecimal max = json.has("max") ? number(json, "max") : null;
        if (min == null && max == null) {
            throw new IllegalArgumentException("check 'range' needs \"min\", \"max\" or both");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("\"min\" " + min + " is above \"max\" " + max);
        }
        return new NumberRange(min, max);
    }

    private static ValueCheck oneOf(List<String> values) {
        Set<String> allowed = Set.copyOf(values);
        return value -> ValueCheck.isEmpty(value) || allowed.contains(String.valueOf(value)) ? null
                : "「" + value + "」不在可选值中";
    }

    private static ValueCheck banned(WordAutomaton words) {
        return value -> {
            if (ValueCheck.isEmpty(value)) {
                return null;
            }
            Set<String> found = words.find(String.valueOf(value));
            return found.isEmpty() ? null : String.join("、", found);
        };
    }

    private static Rule expression(RuleHead head, String source) {
        JexlScript script = SandboxedExpressions.compile(source);
        List<String> names = new ArrayList<>();
        for (List<String> variable : script.getVariables()) {
            String name = String.join(".", variable);
            if (!ExpressionRule.known(name, head.field().perSku())) {
                throw new IllegalArgumentException("expression '" + source + "' names '" + name
                        + "', which is not a field" + (head.field().perSku() ? "" : " of the product (give a \"field\" under skus. to compare SKU fields)"));
            }
            names.add(name);
        }
        return new ExpressionRule(head, source, script, List.copyOf(names));
    }

    private static boolean gbk(JsonObject json) {
        String unit = json.has("unit") ? text(json, "unit") : "chars";
        if (!unit.equals("chars") && !unit.equals("gbk")) {
            throw new IllegalArgumentException("\"unit\" is '" + unit + "' — write \"chars\" or \"gbk\"");
        }
        return unit.equals("gbk");
    }

    static String text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string, not " + value);
        }
        return value.getAsString();
    }

    private static int integer(JsonObject json, String key) {
        BigDecimal number = number(json, key);
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number ≥ 0, not " + json.get(key));
        }
        return number.intValueExact();
    }

    private static BigDecimal number(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        try {
            return new BigDecimal(value.getAsString().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number, not " + value);
        }
    }

    private static List<String> words(JsonObject json, String key) {
        JsonElement value = json.get(key);
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-empty list of strings");
        }
        List<String> words = new ArrayList<>();
        for (JsonElement word : (JsonArray) value) {
            if (!word.isJsonPrimitive() || word.getAsString().isEmpty()) {
                throw new IllegalArgumentException("\"" + key + "\" holds " + word + ", not a non-empty string");
            }
            words.add(word.getAsString());
        }
        return words;
    }
}
