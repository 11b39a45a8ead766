package shelf.image.standard.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Image profiles shipped by other bundles (a channel adapter's own sizes): a bundle names a folder of profile
 * JSON files in its manifest, {@code Shelf-Image-Profiles: shelf/images}, and its profiles count while it is
 * active. A broken file is reported, and the bundle's other files still count.
 */
final class BundleProfiles extends BundleTracker<Bundle> {
    static final String HEADER = "Shelf-Image-Profiles";

    /** Each active bundle's profiles, and the problems of its files, by bundle id. */
    private final Map<Long, List<ProfileCatalog.Entry>> profiles = Collections.synchronizedMap(new TreeMap<>());
    private final Map<Long, List<String>> problems = Collections.synchronizedMap(new TreeMap<>());

    BundleProfiles(BundleContext context) {
        super(context, Bundle.ACTIVE, null);
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        String folder = bundle.getHeaders("").get(HEADER);
        if (folder == null) {
            return null;
        }
        List<ProfileCatalog.Entry> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        String origin = "bundle " + bundle.getSymbolicName();
        Enumeration<URL> files = bundle.findEntries(folder.strip(), "*.json", false);
        for (URL file : files == null ? List.<URL>of() : Collections.list(files)) {
            String name = origin + " " + file.getPath().replaceFirst("^/", "");
            try (Reader in = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                ProfileFiles.read(in, name).forEach(p -> found.add(new ProfileCatalog.Entry(p, origin)));
            } catch (ProfileFiles.BadProfile bad) {
                broken.add(bad.getMessage());
            } catch (IOException | RuntimeException unreadable) {
                broken.add(name + ": " + unreadable.getMessage());
            }
        }
        profiles.put(bundle.getBundleId(), List.copyOf(found));
        problems.put(bundle.getBundleId(), List.copyOf(broken));
        return bundle;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        profiles.remove(bundle.getBundleId());
        problems.remove(bundle.getBundleId());
    }

    List<ProfileCatalog.Entry> entries() {
        synchronized (profiles) {
            return profiles.values().stream().flatMap(List::stream).toList();
        }
    }

    List<String> problems() {
        synchronized (problems) {
            return problems.values().stream().flatMap(List::stream).toList();
        }
    }
}
