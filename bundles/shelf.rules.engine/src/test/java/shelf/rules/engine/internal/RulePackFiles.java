package shelf.rules.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import shelf.rules.engine.spi.RulePackFormatException;

/** The packs the rule bundles ship (bundles/shelf.rules.NAME), read from their source folders. */
final class RulePackFiles {
    private RulePackFiles() {
    }

    static Path path(String name) {
        return Path.of("..", "shelf.rules." + name, "src", "main", "resources", "rules", name + ".rules.json");
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeclarativeRulePack load(String name) {
        try {
            return RulePackReader.read(name + ".rules.json", Files.readString(path(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulePackFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
