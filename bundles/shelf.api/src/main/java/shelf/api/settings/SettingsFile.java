package shelf.api.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A settings file in SHELF_HOME/etc: {@code key = value} lines, {@code #} comments and blank lines, UTF-8.
 * A key that is not one of the file's keys is refused with the file and line, because a misspelt key would
 * otherwise be ignored and its setting silently left at the default. A key written twice keeps its last value.
 */
public final class SettingsFile {
    private record Setting(String value, int line) {}

    private final Path file;
    private final Map<String, Setting> settings;

    private SettingsFile(Path file, Map<String, Setting> settings) {
        this.file = file;
        this.settings = settings;
    }

    /**
     * Reads {@code file}; empty when there is no such file.
     *
     * @param keys the keys the file may hold
     * @param unknownKey what to say after "FILE line N: 'KEY' " when a line holds another key or no '=',
     *     e.g. "is not a media setting; write folder = /srv/shelf-media"
     * @throws IllegalStateException when the file cannot be read or holds a key not in {@code keys}
     */
    public static Optional<SettingsFile> read(Path file, List<String> keys, String unknownKey) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, Setting> settings = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (eq < 0 || !keys.contains(key)) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": '" + key + "' " + unknownKey);
            }
            settings.put(key, new Setting(line.substring(eq + 1).strip(), i + 1));
        }
        return Optional.of(new SettingsFile(file, settings));
    }

    public Path file() {
        return file;
    }

    /** The value written for {@code key}, stripped; empty when the file does not set it. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    /** Where {@code key} is set, for messages: "FILE line N", or the file alone when it is not set. */
    public String where(String key) {
        Setting setting = settings.get(key);
        return setting == null ? file.toString() : file + " line " + setting.line();
    }
}
