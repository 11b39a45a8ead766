package shelf.image.standard.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;

/**
 * Reads image profiles from JSON: one profile object, or an array of them.
 *
 * <pre>{"name": "main", "role": "main", "width": 800, "height": 800, "fit": "pad", "format": "webp",
 *  "quality": 80, "lossless": false, "maxBytes": 300000, "description": "…"}</pre>
 */
final class ProfileFiles {
    private ProfileFiles() {}

    /** A file that cannot be used, with the sentence that says why. */
    static final class BadProfile extends Exception {
        private static final long serialVersionUID = 1L;

        BadProfile(String message) {
            super(message);
        }
    }

    static List<ImageProfile> read(Reader reader, String file) throws BadProfile, IOException {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException bad) {
            throw new BadProfile(file + ": not valid JSON (" + bad.getMessage() + ")");
        }
        List<ImageProfile> profiles = new ArrayList<>();
        if (root.isJsonArray()) {
            for (JsonElement element : root.getAsJsonArray()) {
                profiles.add(profile(element, file));
            }
        } else {
            profiles.add(profile(root, file));
        }
        return profiles;
    }

    private static ImageProfile profile(JsonElement element, String file) throws BadProfile {
        if (!element.isJsonObject()) {
            throw new BadProfile(file + ": a profile is a JSON object {\"name\": …, \"width\": …}");
        }
        JsonObject o = element.getAsJsonObject();
        String name = text(o, "name", "");
        String where = file + (name.isEmpty() ? "" : " (profile " + name + ")");
        if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new BadProfile(where + ": \"name\" must be lower-case letters, digits, '-', '.' or '_' — got '" + name + "'");
        }
        ImageFit fit = choice(o, "fit", "pad", ImageFit.class, where);
        ImageRole role = choice(o, "role", "detail", ImageRole.class, where);
        int width = number(o, "width", 0, 1, 10_000, where);
        int height = number(o, "height", 0, fit == ImageFit.WIDTH ? 0 : 1, 10_000, where);
        String format = text(o, "format", "webp").toLowerCase(Locale.ROOT).replace("jpg", "jpeg");
        if (!format.equals("webp") && !format.equals("jpeg")) {
            throw new BadProfile(where + ": \"format\" must be webp or jpeg — got '" + format + "'");
        }
        int quality = number(o, "quality", 80, 1, 100, where);
        boolean lossless = o.has("lossless") && o.get("lossless").getAsBoolean();
        if (lossless && !format.equals("webp")) {
            throw new BadProfile(where + ": \"lossless\" is for WebP only");
        }
        long maxBytes = o.has("maxBytes") ? o.get("maxBytes").getAsLong() : 0;
        if (maxBytes < 0) {
            throw new BadProfile(where + ": \"maxBytes\" must be 0 (no budget) or more");
        }
        return new ImageProfile(name, text(o, "description", ""), role, width, fit == ImageFit.WIDTH ? 0 : height, fit,
                format, quality, lossless, maxBytes);
    }

    private static String text(JsonObject o, String key, String absent) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString().strip() : absent;
    }

    private static int number(JsonObject o, String key, int absent, int min, int max, String where) throws BadProfile {
        int value;
        try {
            value = o.has(key) ? o.get(key).getAsInt() : absent;
        } catch (RuntimeException notNumber) {
            throw new BadProfile(where + ": \"" + key + "\" must be a whole number — got " + o.get(key));
        }
        if (value < min || value > max) {
            throw new BadProfile(where + ": \"" + key + "\" must be between " + min + " and " + max + " — got " + value);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(JsonObject o, String key, String absent, Class<E> type, String where)
            throws BadProfile {
        String value = text(o, key, absent);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
            }
            throw new BadProfile(where + ": \"" + key + "\" must be one of " + allowed + " — got '" + value + "'");
        }
    }
}
