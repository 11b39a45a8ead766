package shelf.rules.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;

/**
 * The extender for rule-pack bundles: a started bundle whose manifest names pack files in
 * {@value #HEADER} (comma-separated paths inside the bundle) has them deployed; stopping it withdraws them.
 * A bundle needs no code to be a rule pack — a category manager's JSON and a manifest line are enough.
 */
@Component(service = {})
public final class RulePackExtender {
    /** Manifest header naming the bundle's pack files: "Shelf-RulePacks: rules/apparel.rules.json". */
    public static final String HEADER = "Shelf-RulePacks";
    private static final System.Logger LOG = System.getLogger(RulePackExtender.class.getName());

    @Reference
    InstalledRulePacks library;

    private BundleTracker<List<String>> tracker;
    private volatile boolean closing;

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<String> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders().get(HEADER);
                return header == null ? null : deploy(bundle, header);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<String> origins) {
                // Shelf shutting down or this bundle stopping is no withdrawal: the packs are kept for the restart.
                if (!closing && context.getBundle(0).getState() != Bundle.STOPPING) {
                    origins.forEach(library::withdraw);
                }
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        closing = true;
        tracker.close();
    }

    private List<String> deploy(Bundle bundle, String header) {
        List<String> origins = new ArrayList<>();
        for (String path : header.split(",")) {
            String entry = path.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String name = bundle.getSymbolicName() + "/" + entry;
            try {
                String json = read(bundle, entry);
                DeclarativeRulePack pack = RulePackReader.read(name, json);
                String origin = "bundle:" + bundle.getBundleId() + ":" + entry;
                library.deploy(pack, json, "bundle " + bundle.getSymbolicName(), origin);
                origins.add(origin);
                LOG.log(System.Logger.Level.INFO, "Deployed rule pack {0} from {1}", pack, name);
            } catch (RulePackFormatException | IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.ERROR, "Refused rule pack " + name + ": " + e.getMessage());
            }
        }
        return origins;
    }

    private static String read(Bundle bundle, String entry) throws IOException {
        URL url = bundle.getEntry(entry);
        if (url == null) {
            throw new IOException("the bundle has no file " + entry + " (named by its " + HEADER + " header)");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
