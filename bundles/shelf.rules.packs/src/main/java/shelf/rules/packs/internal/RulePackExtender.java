package shelf.rules.packs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;

import shelf.api.rules.RulePacks;
import shelf.rules.engine.spi.RulePackFormatException;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.CompiledPack;

/**
 * The extender for rule-pack bundles: a started bundle whose manifest names pack files in
 * {@value #HEADER} (comma-separated paths inside the bundle) has them deployed; stopping it withdraws them.
 * A bundle needs no code to be a rule pack — a category manager's JSON and a manifest line are enough
 * ({@code @RulePacks} writes both the line and the requirement of this extender). A pack that names a check
 * no installed bundle provides is refused, and deployed as soon as a bundle adds that check.
 */
@Component(service = {})
@Capability(namespace = ExtendedBundles.NAMESPACE, name = RulePacks.EXTENDER, version = RulePacks.EXTENDER_VERSION)
public final class RulePackExtender {
    /** Manifest header naming the bundle's pack files: "Shelf-RulePacks: rules/apparel.rules.json". */
    public static final String HEADER = RulePacks.HEADER;
    private static final System.Logger LOG = System.getLogger(RulePackExtender.class.getName());

    @Reference
    InstalledRulePacks library;

    @Reference
    PackReader reader;

    private BundleTracker<List<String>> tracker;
    /** Pack files refused for a check no bundle provided yet, by bundle: tried again when a check arrives. */
    private final Map<Bundle, Set<String>> waiting = new ConcurrentHashMap<>();
    private final Consumer<String> arrival = kind -> retry();
    private volatile boolean closing;

    @Activate
    void activate(BundleContext context) {
        Bundle self = context.getBundle();
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public List<String> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders().get(HEADER);
                if (header == null || !ExtendedBundles.servedBy(bundle, self, RulePacks.EXTENDER)) {
                    return null;
                }
                List<String> origins = new CopyOnWriteArrayList<>();
                for (String path : header.split(",")) {
                    if (!path.isBlank()) {
                        deploy(bundle, path.trim(), origins);
                    }
                }
                return origins;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<String> origins) {
                waiting.remove(bundle);
                // Shelf shutting down or this bundle stopping is no withdrawal: the packs are kept for the restart.
                if (!closing && context.getBundle(0).getState() != Bundle.STOPPING) {
                    origins.forEach(library::withdraw);
                }
            }
        };
        reader.onCheckArrival(arrival);
        tracker.open();
        // Rule-pack bundles require this extender: without the engine they stayed INSTALLED, though started by
        // their feature. Now that it is here they can resolve; start them (not in SCR's thread activating us).
        List<Bundle> waitingForEngine = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED && b.getHeaders().get(HEADER) != null)
                .filter(b -> b.adapt(org.osgi.framework.startlevel.BundleStartLevel.class).isPersistentlyStarted())
                .toList();
        if (!waitingForEngine.isEmpty()) {
            java.util.concurrent.CompletableFuture.runAsync(() -> waitingForEngine.forEach(RulePackExtender::start));
        }
    }

    private static void start(Bundle bundle) {
        try {
            bundle.start();
        } catch (org.osgi.framework.BundleException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Rule-pack bundle {0} still does not start: {1}", bundle.getSymbolicName(),
                    e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        closing = true;
        reader.removeCheckArrival(arrival);
        tracker.close();
    }

    private void deploy(Bundle bundle, String entry, List<String> origins) {
        String name = bundle.getSymbolicName() + "/" + entry;
        try {
            String json = read(bundle, entry);
            CompiledPack pack = reader.read(name, json);
            // by the bundle's name, not its number: the library is shared by the nodes on one catalogue
            String origin = InstalledRulePacks.BUNDLE_ORIGIN + bundle.getSymbolicName() + ":" + entry;
            library.deploy(pack, json, "bundle " + bundle.getSymbolicName(), origin);
            origins.add(origin);
            LOG.log(System.Logger.Level.INFO, "Deployed rule pack {0} from {1}", pack, name);
        } catch (RulePackFormatException e) {
            if (e.missingCheck() == null) {
                LOG.log(System.Logger.Level.ERROR, "Refused rule pack " + name + ": " + e.getMessage());
                return;
            }
            // often only for a moment: the bundle's own check may register after the bundle became active
            waiting.computeIfAbsent(bundle, b -> ConcurrentHashMap.newKeySet()).add(entry);
            LOG.log(System.Logger.Level.WARNING, "Rule pack " + name + " waits for a bundle that adds the check '"
                    + e.missingCheck() + "': " + e.getMessage());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, "Refused rule pack " + name + ": " + e.getMessage());
        }
    }

    /** A check arrived: the packs that waited for one are read again. */
    private synchronized void retry() {
        for (Bundle bundle : List.copyOf(waiting.keySet())) {
            Set<String> entries = waiting.remove(bundle);
            List<String> origins = tracker == null ? null : tracker.getObject(bundle);
            if (entries != null && origins != null) {
                entries.forEach(entry -> deploy(bundle, entry, origins));
            }
        }
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
