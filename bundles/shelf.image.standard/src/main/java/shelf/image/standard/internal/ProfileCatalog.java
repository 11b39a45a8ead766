package shelf.image.standard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;

/**
 * The profiles shipped in this bundle (main, detail), then those of other bundles (a channel adapter's, see
 * {@link BundleProfiles}), overridden and extended by SHELF_HOME/etc/images/*.json, in that order.
 * The folder is read at every call: an operator's edit counts at once, and a broken file is reported by
 * images:profiles without hiding the others.
 */
@Component(service = {ImageProfiles.class, ProfileCatalog.class})
public class ProfileCatalog implements ImageProfiles {
    private static final List<String> SHIPPED = List.of("main.json", "detail.json");

    /** A profile and the file it came from ("bundle" or "etc/images/taobao.json"). */
    record Entry(ImageProfile profile, String origin) {}

    private Path folder;
    private BundleProfiles bundles;

    @Activate
    public void activate(BundleContext context) {
        String home = context.getProperty("shelf.home");
        folder = home == null ? null : Path.of(home, "etc", "images");
        bundles = new BundleProfiles(context);
        bundles.open();
    }

    @Deactivate
    public void deactivate() {
        bundles.close();
    }

    /** For tests: profiles from a folder of its own. */
    void folder(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<ImageProfile> all() {
        return entries().stream().map(Entry::profile).toList();
    }

    @Override
    public Optional<ImageProfile> profile(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<Entry> entries() {
        Map<String, Entry> byName = new TreeMap<>();
        for (String file : SHIPPED) {
            try (InputStream in = ProfileCatalog.class.getResourceAsStream("/shelf/image/standard/profiles/" + file)) {
                for (ImageProfile p : ProfileFiles.read(new InputStreamReader(in, StandardCharsets.UTF_8), file)) {
                    byName.put(p.name(), new Entry(p, "bundle"));
                }
            } catch (IOException | ProfileFiles.BadProfile | RuntimeException shipped) {
                throw new IllegalStateException("the shipped profile " + file + " is broken", shipped);
            }
        }
        if (bundles != null) {
            bundles.entries().forEach(e -> byName.put(e.profile().name(), e));
        }
        for (Path file : files()) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (ImageProfile p : ProfileFiles.read(in, file.getFileName().toString())) {
                    byName.put(p.name(), new Entry(p, "etc/images/" + file.getFileName()));
                }
            } catch (IOException | ProfileFiles.BadProfile | RuntimeException skipped) {
                // reported by problems(); the other files still count
            }
        }
        return List.copyOf(byName.values());
    }

    /** One sentence per profile file that cannot be used. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(bundles == null ? List.of() : bundles.problems());
        for (Path file : files()) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ProfileFiles.read(in, "etc/images/" + file.getFileName());
            } catch (ProfileFiles.BadProfile bad) {
                problems.add(bad.getMessage());
            } catch (IOException | RuntimeException unreadable) {
                problems.add("etc/images/" + file.getFileName() + ": " + unreadable.getMessage());
            }
        }
        return problems;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> json = Files.newDirectoryStream(folder, "*.json")) {
            json.forEach(files::add);
        } catch (IOException unreadable) {
            return files;
        }
        files.sort(null);
        return files;
    }
}
