package shelf.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The headers the default template accepts: its own 28 and the English names and marketplace aliases in
 * header-aliases.json. Kept as data so an alias is added without touching code.
 */
final class HeaderAliases {
    private static final HeaderAliases STANDARD = load();

    private final Map<String, Target> byHeader;

    HeaderAliases(Map<String, Target> byHeader) {
        this.byHeader = Map.copyOf(byHeader);
    }

    static HeaderAliases standard() {
        return STANDARD;
    }

    /** The field a header means, or null when it is not one the template knows. */
    Target target(String header) {
        return byHeader.get(normalise(header));
    }

    /**
     * How headers are compared: trimmed, full-width forms folded to half-width (NFKC turns "（ＫＧ）" into
     * "(KG)"), case-insensitive, spaces and underscores ignored.
     */
    static String normalise(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static HeaderAliases load() {
        try (InputStream in = HeaderAliases.class.getResourceAsStream("header-aliases.json")) {
            JsonObject table = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, Target> byHeader = new HashMap<>();
            for (Map.Entry<String, JsonElement> entry : table.entrySet()) {
                if (entry.getKey().startsWith("_")) {
                    continue;
                }
                Target target = Target.parse(entry.getKey());
                if (target == null) {
                    throw new IllegalStateException("header-aliases.json: unknown field " + entry.getKey());
                }
                for (JsonElement header : entry.getValue().getAsJsonArray()) {
                    byHeader.putIfAbsent(normalise(header.getAsString()), target);
                }
            }
            return new HeaderAliases(byHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("shelf.core is missing header-aliases.json", e);
        }
    }
}
