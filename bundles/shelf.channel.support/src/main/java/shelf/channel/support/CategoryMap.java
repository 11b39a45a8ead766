package shelf.channel.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Canonical category path → platform leaf category and required attributes. The adapter bundle ships one
 * file ({"categories": {"服装/男装/T恤": {"id": "50000436", "required": {"品牌": "20000"}}, "*": …}});
 * SHELF_HOME/etc/channels/{@code <id>-categories.json} adds entries or replaces shipped ones. A path
 * matches its own entry, else its nearest parent's ("服装/男装"), else "*" where the file has one.
 * Levels may be written with '/' or '>'.
 */
public final class CategoryMap {
    private final Map<String, PlatformCategory> entries;

    private CategoryMap(Map<String, PlatformCategory> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The shipped file (a resource of {@code owner}'s bundle) with the etc/ override of {@code home} on top. */
    public static CategoryMap load(Class<?> owner, String resource, Path home, String channel) {
        Map<String, PlatformCategory> entries = new LinkedHashMap<>();
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundle has no " + resource);
            }
            read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), entries);
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        Path override = home == null ? null : file(home, channel);
        if (override != null && Files.isRegularFile(override)) {
            try {
                read(override.toString(), Files.readString(override, StandardCharsets.UTF_8), entries);
            } catch (IOException e) {
                throw new IllegalArgumentException(override + ": cannot be read — " + e.getMessage(), e);
            }
        }
        return new CategoryMap(entries);
    }

    /** SHELF_HOME/etc/channels/{@code <channel>-categories.json}. */
    public static Path file(Path home, String channel) {
        return home.resolve("etc").resolve("channels").resolve(channel + "-categories.json");
    }

    /** Reads {@code json} into {@code entries}; a faulty file is refused whole, naming the file and entry. */
    static void read(String fileName, String json, Map<String, PlatformCategory> entries) {
        Map<String, PlatformCategory> read = new HashMap<>();
        try {
            JsonObject categories = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("categories");
            if (categories == null) {
                throw new IllegalArgumentException(fileName + ": missing \"categories\": {\"path\": {\"id\": …}}");
            }
            for (Map.Entry<String, JsonElement> entry : categories.entrySet()) {
                JsonObject value = entry.getValue().getAsJsonObject();
                String id = Json.text(value, "id");
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(fileName + ", category " + entry.getKey() + ": missing \"id\"");
                }
                Map<String, String> required = new LinkedHashMap<>();
                Json.child(value, "required").entrySet().forEach(e -> required.put(e.getKey(), e.getValue().getAsString()));
                read.put(normalise(entry.getKey()), new PlatformCategory(id, required));
            }
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException(fileName + ": not a category map — " + e.getMessage(), e);
        }
        entries.putAll(read);
    }

    /** The platform category of a canonical path, if the map has one for it or a parent. */
    public Optional<PlatformCategory> lookup(String categoryPath) {
        String path = normalise(categoryPath);
        while (!path.isEmpty()) {
            PlatformCategory found = entries.get(path);
            if (found != null) {
                return Optional.of(found);
            }
            int cut = path.lastIndexOf('/');
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return Optional.ofNullable(entries.get("*"));
    }

    private static String normalise(String path) {
        return path.replace('>', '/').replaceAll("\\s*/\\s*", "/").strip();
    }
}
