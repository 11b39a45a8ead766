package shelf.schedule.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Publish windows per category, from SHELF_HOME/etc/publish-windows.json, read at each publish so an edit
 * counts at once:
 * <pre>{"windows": [{"categories": ["服饰鞋包/**"], "from": "10:00", "to": "12:00"}]}</pre>
 * A category path matches a pattern when it starts with the pattern's levels ("服饰鞋包/**" or "服饰鞋包").
 */
final class PublishWindows {
    /** One window: the categories it holds and the time of day they may go live, in the runtime's zone. */
    record Window(List<String> categories, LocalTime from, LocalTime to) {
        boolean covers(String categoryPath) {
            return categories.stream().map(c -> c.replaceFirst("/?\\*\\*$", ""))
                    .anyMatch(prefix -> categoryPath.equals(prefix) || categoryPath.startsWith(prefix + "/"));
        }

        boolean open(ZonedDateTime now) {
            LocalTime time = now.toLocalTime();
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
        }

        /** The next time the window opens after {@code now}. */
        ZonedDateTime nextOpening(ZonedDateTime now) {
            ZonedDateTime today = now.with(from).withSecond(0).withNano(0);
            return today.isAfter(now) ? today : today.plusDays(1);
        }

        @Override
        public String toString() {
            return "publish window " + String.join(", ", categories) + " " + from + "–" + to;
        }
    }

    private final Path file;

    PublishWindows(Path file) {
        this.file = file;
    }

    /** The window among {@code windows} that holds back products of this category, if one does. */
    static Optional<Window> windowFor(List<Window> windows, String categoryPath) {
        return windows.stream().filter(w -> w.covers(categoryPath)).findFirst();
    }

    List<Window> windows() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            List<Window> windows = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("windows")) {
                JsonObject w = element.getAsJsonObject();
                List<String> categories = new ArrayList<>();
                w.getAsJsonArray("categories").forEach(c -> categories.add(c.getAsString()));
                windows.add(new Window(categories, LocalTime.parse(w.get("from").getAsString()),
                        LocalTime.parse(w.get("to").getAsString())));
            }
            return windows;
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + " cannot be used: " + e.getMessage() + " — write "
                    + "{\"windows\": [{\"categories\": [\"服饰鞋包/**\"], \"from\": \"10:00\", \"to\": \"12:00\"}]}", e);
        }
    }
}
