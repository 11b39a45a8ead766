package shelf.importing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import shelf.api.importer.ImportException;

/**
 * The import profiles: NAME.json in SHELF_HOME/etc/profiles, read when used so an edit takes effect at once,
 * and profiles shipped in bundles (see {@link ProfileExtender}). A file in etc/profiles wins over a bundle's
 * profile of the same name, so an operator can adjust a shipped layout.
 */
final class ImportProfiles {
    /** A profile a bundle ships: where it is (for messages) and how to read it. */
    record Bundled(String source, java.util.concurrent.Callable<String> text) {
    }

    private final Path folder;
    private final Map<String, Bundled> bundled = new java.util.concurrent.ConcurrentHashMap<>();

    ImportProfiles(Path folder) {
        this.folder = folder;
    }

    void addBundled(String name, Bundled profile) {
        bundled.put(name, profile);
    }

    void removeBundled(String name, Bundled profile) {
        bundled.remove(name, profile);
    }

    List<String> names() {
        List<String> names = new ArrayList<>(bundled.keySet());
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                files.forEach(f -> {
                    String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                });
            } catch (IOException e) {
                System.getLogger(ImportProfiles.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot list " + folder, e);
            }
        }
        names.sort(null);
        return names;
    }

    /** The profile called {@code name}; the default template when the name is empty. */
    ImportProfile profile(String name, Path importing, HeaderAliases aliases) throws ImportException {
        if (name.isEmpty()) {
            return ImportProfile.DEFAULT;
        }
        Path file = folder.resolve(name + ".json");
        Bundled shipped = bundled.get(name);
        if (shipped != null && !Files.isRegularFile(file)) {
            try {
                return parse(name, JsonParser.parseString(shipped.text().call()).getAsJsonObject(), aliases);
            } catch (Exception e) {
                throw new ImportException(importing, "the import profile " + name + " of " + shipped.source()
                        + " cannot be used: " + e.getMessage(), e);
            }
        }
        if (name.contains("/") || name.contains("\\") || !Files.isRegularFile(file)) {
            List<String> known = names();
            throw new ImportException(importing, "there is no import profile named " + name + " — "
                    + (known.isEmpty() ? "none are installed; put NAME.json into " + folder
                            : "known: " + String.join(", ", known) + " (in " + folder + ")"));
        }
        try {
            return parse(name, JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject(),
                    aliases);
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new ImportException(importing, "the import profile " + file + " cannot be used: " + e.getMessage()
                    + " — see profiles.md for the format", e);
        }
    }

    static ImportProfile parse(String name, JsonObject json, HeaderAliases aliases) {
        Map<String, Target> columns = new HashMap<>();
        JsonObject mapped = json.has("columns") ? json.getAsJsonObject("columns") : new JsonObject();
        for (Map.Entry<String, JsonElement> e : mapped.entrySet()) {
            String to = e.getValue().getAsString().strip();
            Target target = Target.parse(to);
            if (target == null) {
                target = aliases.target(to); // a template header is a target too: "宝贝名称": "商品标题"
            }
            if (target == null) {
                throw new IllegalStateException("column \"" + e.getKey() + "\" maps to \"" + to + "\", which is not a "
                        + "field (spuCode, title, salePrice, …, attribute:NAME, spec:NAME, ignore) nor a template header");
            }
            columns.put(HeaderAliases.normalise(e.getKey()), target);
        }
        return new ImportProfile(name, text(json, "sheet"), json.has("headerRow") ? json.get("headerRow").getAsInt() : 0,
                text(json, "merchant"), columns, !json.has("defaults") || json.get("defaults").getAsBoolean());
    }

    private static String text(JsonObject json, String key) {
        return json.has(key) && !json.get(key).isJsonNull() ? json.get(key).getAsString().strip() : "";
    }
}
