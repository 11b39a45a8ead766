package shelf.rules.packs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * SHELF_HOME/data/rule-packs.json: every deployed pack version in the order it was deployed and the active
 * version of each pack, written whole (through a temporary file and a rename) after every change, so that a
 * restart — clean or kill -9 — finds the packs as they were. A pack from the deploy folder is kept with its
 * JSON, because its file may since have been edited; a pack from a bundle only by name and digest, because
 * its bundle deploys it again when it starts.
 */
final class PackStore {
    private static final System.Logger LOG = System.getLogger(PackStore.class.getName());
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * One deployed version.
     *
     * @param json the pack's JSON, or null when its bundle brings it again
     */
    record Version(String id, String version, String source, String origin, String digest, String json) {}

    /** The file's shape; {@code active} maps a pack id to the origin and version ("origin@version") in force. */
    static final class Contents {
        List<Version> versions = new ArrayList<>();
        Map<String, String> active = new LinkedHashMap<>();
    }

    private final Path file;

    /** @param file where the packs are kept; null keeps nothing (tests) */
    PackStore(Path file) {
        this.file = file;
    }

    Contents load() {
        if (file == null) {
            return new Contents();
        }
        try {
            Contents contents = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Contents.class);
            if (contents == null) {
                return new Contents();
            }
            if (contents.versions == null) {
                contents.versions = new ArrayList<>();
            }
            contents.versions.removeIf(v -> v == null || v.id() == null || v.version() == null || v.origin() == null);
            if (contents.active == null) {
                contents.active = new LinkedHashMap<>();
            }
            return contents;
        } catch (NoSuchFileException e) {
            return new Contents();
        } catch (IOException | JsonParseException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} cannot be read ({1}); the rule packs of the deploy folder are "
                    + "deployed again only when their files change", file, e.getMessage());
            return new Contents();
        }
    }

    void save(Contents contents) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, GSON.toJson(contents), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} cannot be written ({1}); after a restart the rule packs are as "
                    + "they were before this change", file, e.getMessage());
        }
    }
}
