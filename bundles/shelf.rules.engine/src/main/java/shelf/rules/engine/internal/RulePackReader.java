package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import shelf.api.finding.Severity;
import shelf.rules.engine.spi.RulePackFormatException;

/**
 * Reads a declarative pack — {"id", "version", "appliesTo": {"categories", "except", "channels"}, "rules": […],
 * each rule with its own optional "appliesTo": {"categories", "except"}}
 * — and refuses a faulty one whole, with a message naming the file, the rule and the fix, so a pack is
 * either entirely valid or not used at all.
 */
public final class RulePackReader {
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([.-][0-9A-Za-z_.-]+)?");
    private static final Set<String> PACK_KEYS = Set.of("id", "version", "appliesTo", "rules", "description");

    private RulePackReader() {}

    /** Reads the pack in {@code json}; {@code fileName} only names it in messages. */
    public static DeclarativeRulePack read(String fileName, String json) throws RulePackFormatException {
        return read(fileName, json, PluginChecks.NONE);
    }

    /** As {@link #read(String, String)}, with the kinds of check installed bundles add. */
    static DeclarativeRulePack read(String fileName, String json, PluginChecks plugins) throws RulePackFormatException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new RulePackFormatException(fileName + ": a rule pack is a JSON object {\"id\", \"version\", \"rules\"}");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new RulePackFormatException(fileName + ": not valid JSON — " + rootCause(e), e);
        }
        String id;
        String version;
        CategoryScope scope;
        try {
            for (String key : root.keySet()) {
                if (!PACK_KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown key \"" + key + "\" — a pack has " + PACK_KEYS);
                }
            }
            id = RuleFactory.text(root, "id");
            version = RuleFactory.text(root, "version");
            if (!VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("\"version\" '" + version + "' is not MAJOR.MINOR.PATCH (1.2.0)");
            }
            scope = scope(root.get("appliesTo"));
            if (!root.has("rules") || !root.get("rules").isJsonArray()) {
                throw new IllegalArgumentException("missing \"rules\": a list of rules");
            }
        } catch (IllegalArgumentException e) {
            throw new RulePackFormatException(fileName + ": " + e.getMessage(), e);
        }
        JsonPositions positions = new JsonPositions(json);
        return new DeclarativeRulePack(id, version, scope, rules(fileName, positions, id + "@" + version,
                root.getAsJsonArray("rules"), plugins));
    }

    private static List<Rule> rules(String fileName, JsonPositions positions, String pack, JsonArray array,
            PluginChecks plugins) throws RulePackFormatException {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String position = positions.rule(i);
            String at = fileName + (position.isEmpty() ? "" : ", " + position);
            String where = at + " (rule " + (i + 1) + ")";
            try {
                if (!array.get(i).isJsonObject()) {
                    throw new IllegalArgumentException("a rule is a JSON object, not " + array.get(i));
                }
                JsonObject json = array.get(i).getAsJsonObject();
                String id = RuleFactory.text(json, "id");
                where = at + " (rule " + id + ")";
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("the id is used by an earlier rule too");
                }
                String check = RuleFactory.text(json, "check");
                CategoryScope scope = ruleScope(json);
                JsonObject params = json.deepCopy();
                params.remove("appliesTo");
                Rule rule = RuleFactory.build(params, head(json, id, pack, check), check, plugins);
                rules.add(scope.isEverything() ? rule : new ScopedRule(rule, scope));
            } catch (RuleFactory.UnknownCheck e) {
                throw new RulePackFormatException(where + ": " + e.getMessage() + "; rule pack " + pack.replace('@', ' ')
                        + " is not deployed", e, e.kind);
            } catch (IllegalArgumentException e) {
                throw new RulePackFormatException(where + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static RuleHead head(JsonObject json, String id, String pack, String check) {
        String path = RuleFactory.text(json, "field");
        FieldPath field = FieldPath.parse(path);
        if (field == null) {
            throw new IllegalArgumentException("unknown field '" + path + "' — use a product field (title, brand, "
                    + "attributes.材质, mainImages, …) or a SKU field (skus.salePrice, skus.barcode, skus.specs.颜色, …)");
        }
        String severity = RuleFactory.text(json, "severity");
        Severity level;
        try {
            level = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"severity\" '" + severity + "' — write \"error\", \"warning\" or \"info\"");
        }
        return new RuleHead(id, RuleFactory.text(json, "code"), level, field, RuleFactory.text(json, "message"), pack, check,
                RuleParameters.of(json));
    }

    private static CategoryScope scope(JsonElement appliesTo) {
        if (appliesTo == null || appliesTo.isJsonNull()) {
            return CategoryScope.EVERYTHING;
        }
        if (!appliesTo.isJsonObject()) {
            throw new IllegalArgumentException("\"appliesTo\" must be an object {\"categories\": […], \"except\": […], "
                    + "\"channels\": […]}");
        }
        JsonObject object = appliesTo.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!Set.of("categories", "except", "channels").contains(key)) {
                throw new IllegalArgumentException("\"appliesTo\" has unknown key \"" + key
                        + "\" — use \"categories\", \"except\" or \"channels\"");
            }
        }
        return new CategoryScope(strings(object, "categories"), strings(object, "except"), strings(object, "channels"));
    }

    /** A rule's own "appliesTo": categories and categories left out, within its pack's; channels are the pack's. */
    private static CategoryScope ruleScope(JsonObject rule) {
        JsonElement appliesTo = rule.get("appliesTo");
        if (appliesTo == null || appliesTo.isJsonNull()) {
            return CategoryScope.EVERYTHING;
        }
        if (!appliesTo.isJsonObject()) {
            throw new IllegalArgumentException("\"appliesTo\" of a rule must be an object {\"categories\": […], \"except\": […]}");
        }
        JsonObject object = appliesTo.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!key.equals("categories") && !key.equals("except")) {
                throw new IllegalArgumentException("\"appliesTo\" of a rule has unknown key \"" + key
                        + "\" — use \"categories\" or \"except\" (channels are the pack's)");
            }
        }
        return new CategoryScope(strings(object, "categories"), strings(object, "except"), List.of());
    }

    private static List<String> strings(JsonObject object, String key) {
        if (!object.has(key)) {
            return List.of();
        }
        if (!object.get(key).isJsonArray()) {
            throw new IllegalArgumentException("\"appliesTo." + key + "\" must be a list of strings");
        }
        List<String> values = new ArrayList<>();
        object.getAsJsonArray(key).forEach(value -> values.add(value.getAsString()));
        return values;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
