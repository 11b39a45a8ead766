package shelf.provisioning.internal.feature;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import shelf.provisioning.internal.io.AtomicFile;

/** The installed features, kept in SHELF_HOME/data/features.json so they stay installed across restarts. */
public final class InstalledFeatures {
    public static final String FILE_NAME = "features.json";

    private static final System.Logger LOG = System.getLogger(InstalledFeatures.class.getName());
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private final Map<String, InstalledFeature> byName = new LinkedHashMap<>();

    /** The file's shape: {"installed": [ … ]}. */
    private static final class Stored {
        List<InstalledFeature> installed = new ArrayList<>();
    }

    public InstalledFeatures(Path file) {
        this.file = file;
    }

    /** Reads the file; a missing file means nothing installed, a damaged one is logged and treated the same. */
    public synchronized void load() {
        byName.clear();
        try {
            String json = AtomicFile.readIfExists(file);
            Stored stored = json == null ? null : GSON.fromJson(json, Stored.class);
            if (stored != null && stored.installed != null) {
                for (InstalledFeature feature : stored.installed) {
                    byName.put(feature.name(), feature);
                }
            }
        } catch (IOException | JsonParseException e) {
            LOG.log(Level.WARNING, "{0} cannot be read ({1}); no feature is shown as installed besides the boot feature",
                    file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    public synchronized Optional<InstalledFeature> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public synchronized Collection<InstalledFeature> all() {
        return List.copyOf(byName.values());
    }

    public synchronized void put(InstalledFeature feature) throws IOException {
        byName.put(feature.name(), feature);
        save();
    }

    public synchronized void remove(String name) throws IOException {
        byName.remove(name);
        save();
    }

    private void save() throws IOException {
        Stored stored = new Stored();
        stored.installed.addAll(byName.values());
        AtomicFile.write(file, GSON.toJson(stored));
    }
}
