package shelf.provisioning.internal.deploy;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import shelf.provisioning.internal.io.AtomicFile;

/**
 * The watcher's memory of the deploy folder, saved after every change so that a restart neither reinstalls
 * unchanged files nor forgets to uninstall files deleted while Shelf was stopped.
 */
final class DeployLedger {
    private static final System.Logger LOG = System.getLogger(DeployLedger.class.getName());
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** The file's shape: {"files": [ … ]}. */
    private static final class Stored {
        List<DeployRecord> files = new ArrayList<>();
    }

    private final Path file;
    private final Map<String, DeployRecord> byName = new TreeMap<>();

    DeployLedger(Path file) {
        this.file = file;
    }

    synchronized void load() {
        byName.clear();
        try {
            String json = AtomicFile.readIfExists(file);
            Stored stored = json == null ? null : GSON.fromJson(json, Stored.class);
            if (stored != null && stored.files != null) {
                stored.files.stream().filter(r -> r != null && r.name() != null).forEach(r -> byName.put(r.name(), r));
            }
        } catch (IOException | JsonParseException e) {
            LOG.log(Level.WARNING, "{0} cannot be read ({1}); every file of the deploy folder is handled as new",
                    file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    synchronized Optional<DeployRecord> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    synchronized List<DeployRecord> all() {
        return List.copyOf(byName.values());
    }

    synchronized void put(DeployRecord record) {
        byName.put(record.name(), record);
        save();
    }

    synchronized void remove(String name) {
        if (byName.remove(name) != null) {
            save();
        }
    }

    private void save() {
        Stored stored = new Stored();
        stored.files.addAll(byName.values());
        try {
            AtomicFile.write(file, GSON.toJson(stored));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "{0} cannot be written ({1}); after a restart the deploy folder is handled anew",
                    file, e.getMessage());
        }
    }
}
