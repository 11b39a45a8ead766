package shelf.provisioning.internal.feature;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The features on disk: the distribution's features/ folder, overridden by SHELF_HOME/etc/features for the
 * same name. Read afresh on every call, so a feature file dropped in is seen without a restart.
 */
public final class FeatureCatalog {
    private static final System.Logger LOG = System.getLogger(FeatureCatalog.class.getName());

    private final List<Path> folders;
    private final FeatureJsonParser parser = new FeatureJsonParser();
    /** Problems already logged, so listing features twice does not log the same complaint twice. */
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** @param folders lowest precedence first: a later folder's feature replaces an earlier one of the same name */
    public FeatureCatalog(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** Every feature file by name, sorted; malformed files appear under their file name with the problem. */
    public Map<String, FeatureFile> all() {
        Map<String, FeatureFile> byName = new TreeMap<>();
        for (Path folder : folders) {
            for (Path file : jsonFiles(folder)) {
                FeatureFile read = read(file);
                FeatureFile earlier = byName.get(read.name());
                // A broken override must not hide a good feature of the same name under a different file name.
                if (earlier == null || !read.malformed() || earlier.malformed()) {
                    byName.put(read.name(), read);
                } else {
                    byName.put(read.file().getFileName().toString(), read);
                }
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /** A feature by short name or by full id ("shelf:channel-x:0.1.0"). */
    public Optional<FeatureFile> find(String nameOrId) {
        Map<String, FeatureFile> all = all();
        FeatureFile byName = all.get(nameOrId);
        if (byName != null) {
            return Optional.of(byName);
        }
        return all.values().stream()
                .filter(f -> !f.malformed() && f.feature().id().toString().equals(nameOrId))
                .findFirst();
    }

    private FeatureFile read(Path file) {
        String shown = file.getParent().getFileName() + "/" + file.getFileName();
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            return new FeatureFile(file, parser.parse(shown, json), null);
        } catch (MalformedFeatureException e) {
            return malformed(file, e.getMessage());
        } catch (IOException e) {
            return malformed(file, shown + " cannot be read: " + e.getMessage());
        }
    }

    private FeatureFile malformed(Path file, String problem) {
        if (logged.add(file + problem)) {
            LOG.log(Level.WARNING, "feature file {0} is skipped: {1}", file, problem);
        }
        return new FeatureFile(file, null, problem);
    }

    private static List<Path> jsonFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list feature folder {0}: {1}", folder, e.getMessage());
        }
        files.sort(null);
        return files;
    }
}
