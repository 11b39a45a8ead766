package shelf.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Import profiles shipped in bundles: a started bundle whose manifest lists profile files in
 * {@value #HEADER} (comma-separated paths; the file name without .json is the profile's name) offers them
 * to `import --profile`; stopping the bundle takes them away. Bundles annotated {@code @ImportProfiles} carry the
 * header and require this extender, which this bundle provides.
 */
@Capability(namespace = "osgi.extender", name = shelf.api.importer.ImportProfiles.EXTENDER,
        version = shelf.api.importer.ImportProfiles.EXTENDER_VERSION)
final class ProfileExtender {
    /** Manifest header naming a bundle's profiles: "Shelf-ImportProfiles: profiles/taobao-assistant.json". */
    static final String HEADER = shelf.api.importer.ImportProfiles.HEADER;

    private final BundleTracker<List<Map.Entry<String, ImportProfiles.Bundled>>> tracker;

    ProfileExtender(BundleContext context, ImportProfiles profiles) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<Map.Entry<String, ImportProfiles.Bundled>> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders().get(HEADER);
                if (header == null) {
                    return null;
                }
                List<Map.Entry<String, ImportProfiles.Bundled>> offered = new ArrayList<>();
                for (String path : header.split(",")) {
                    String entry = path.trim();
                    String name = entry.substring(entry.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
                    if (!entry.isEmpty()) {
                        var profile = new ImportProfiles.Bundled(bundle.getSymbolicName() + "/" + entry,
                                () -> read(bundle, entry));
                        profiles.addBundled(name, profile);
                        offered.add(Map.entry(name, profile));
                    }
                }
                return offered;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event,
                    List<Map.Entry<String, ImportProfiles.Bundled>> offered) {
                offered.forEach(e -> profiles.removeBundled(e.getKey(), e.getValue()));
            }
        };
        tracker.open();
    }

    void close() {
        tracker.close();
    }

    private static String read(Bundle bundle, String entry) throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new IOException("the bundle has no file " + entry);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
