package shelf.rules.packs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * SHELF_HOME/data/rule-packs.json, where a home kept its packs before they moved to the catalogue: read once
 * into an empty catalogue on the first start after the upgrade, then renamed to rule-packs.json.imported so
 * that it is never read again. A bundle's pack was kept under the bundle's number on that node
 * ("bundle:7:rules/apparel.rules.json"); the catalogue keeps it under the bundle's name, the same on every node.
 */
final class LegacyPackFile {
    private static final System.Logger LOG = System.getLogger(LegacyPackFile.class.getName());
    private static final Pattern BUNDLE_NUMBER = Pattern.compile("bundle:\\d+:(.*)");

    /** The file's shape. */
    private static final class Saved {
        List<PackStore.Version> versions;
        Map<String, String> active;
    }

    private final Path file;

    LegacyPackFile(Path file) {
        this.file = file;
    }

    /** Moves what the file holds into {@code store} when the store has no packs yet; then sets the file aside. */
    void importInto(PackStore store) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Saved saved;
        try {
            saved = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Saved.class);
        } catch (IOException | JsonParseException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} cannot be read ({1}); the rule packs of the deploy folder are "
                    + "deployed again only when their files change", file, e.getMessage());
            return;
        }
        boolean[] imported = {false};
        store.change(contents -> {
            if (saved == null || saved.versions == null || !contents.versions.isEmpty()) {
                return false; // another node's packs are in the catalogue already: they are the ones in force
            }
            Map<String, String> renamed = new java.util.HashMap<>();
            for (PackStore.Version v : saved.versions) {
                if (v != null && v.id() != null && v.version() != null && v.origin() != null && v.digest() != null) {
                    PackStore.Version kept = new PackStore.Version(v.id(), v.version(), v.source(), origin(v), v.digest(), v.json());
                    renamed.put(v.key(), kept.key());
                    contents.versions.add(kept);
                }
            }
            if (saved.active != null) {
                saved.active.forEach((id, key) -> contents.active.put(id, renamed.getOrDefault(key, key)));
            }
            imported[0] = true;
            return true;
        });
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".imported"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} cannot be renamed ({1}); it is not read again while the catalogue "
                    + "has packs", file, e.getMessage());
        }
        LOG.log(System.Logger.Level.INFO, imported[0] ? "Moved the rule packs of {0} into the catalogue"
                : "{0} set aside: the catalogue has its packs already", file);
    }

    /** "bundle:7:rules/a.rules.json" of bundle shelf.rules.apparel → "bundle:shelf.rules.apparel:rules/a.rules.json". */
    private static String origin(PackStore.Version v) {
        Matcher numbered = BUNDLE_NUMBER.matcher(v.origin());
        if (numbered.matches() && v.source() != null && v.source().startsWith("bundle ")) {
            return "bundle:" + v.source().substring("bundle ".length()) + ":" + numbered.group(1);
        }
        return v.origin();
    }
}
