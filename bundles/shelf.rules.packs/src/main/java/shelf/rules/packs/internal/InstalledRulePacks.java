package shelf.rules.packs.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.catalog.CatalogException;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackDryRun;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePack;
import shelf.api.rules.RulePackLibrary;
import shelf.api.runtime.ShelfHome;
import shelf.api.security.Subject;
import shelf.api.store.Database;
import shelf.rules.engine.spi.RulePackFormatException;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.CompiledPack;

/**
 * The declarative packs deployed from bundles and the deploy folder, every version of each, and the one
 * active version per pack, which alone is registered as a RulePack service and so runs in validation.
 * Deploying a version makes it active; rollback reactivates the version deployed before it. The library is
 * kept in the catalogue (see {@link CataloguePackStore}), so a restart finds the same packs in force and the
 * same versions to roll back to, and every node on one catalogue runs the same packs: a node reads the
 * library's generation every {@value #POLL_MS} ms and takes another node's deploy or rollback over when it moved.
 * A bundle's pack runs only on the nodes where its bundle runs; elsewhere its pack's newest other version does.
 */
@Component(service = {RulePackLibrary.class, InstalledRulePacks.class})
public final class InstalledRulePacks implements RulePackLibrary {
    /** Service property on the packs registered here: where the active version came from. */
    public static final String SOURCE_PROPERTY = "shelf.rules.source";
    static final String DEPLOY_ORIGIN = "deploy:";
    static final String BUNDLE_ORIGIN = "bundle:";
    static final long POLL_MS = 1_000;
    private static final System.Logger LOG = System.getLogger(InstalledRulePacks.class.getName());

    /** Registers a pack as a service; closing the result unregisters it. Lets tests run without a framework. */
    @FunctionalInterface
    interface PackRegistry {
        Registered register(RulePack pack, Map<String, Object> properties);
    }

    @FunctionalInterface
    interface Registered {
        void unregister();
    }

    /** One version that can run on this node. */
    private record Deployed(PackStore.Version stored, CompiledPack pack) {
        String id() {
            return stored.id();
        }

        String key() {
            return stored.key();
        }
    }

    /** A pack registered as a service, and which version it is. */
    private record Registration(Deployed deployed, Registered registered) {}

    /** The versions that can run here, in the order deployed, and the one in force of each pack. */
    private List<Deployed> deployments = List.of();
    private Map<String, Deployed> active = Map.of();
    private long generation = -1;
    private final Map<String, Registration> registrations = new HashMap<>();
    /** The packs of this node's bundles, by "origin@version": only a bundle's own node can run them. */
    private final Map<String, Deployed> bundlePacks = new HashMap<>();
    /** The deploy folder's packs read from their JSON, by digest; and the digests of those that do not read here. */
    private final Map<String, Optional<CompiledPack>> read = new HashMap<>();
    private final java.util.Set<String> unreadable = new java.util.HashSet<>();
    private final Map<RulePack, Boolean> javaPacks = new ConcurrentHashMap<>();
    private PackRegistry registry;
    private PackStore store = PackStore.inMemory();
    private ScheduledExecutorService poller;
    /** Set when the component stops: a look at the catalogue still under way registers nothing after it. */
    private boolean closed;

    @Reference
    PackDryRuns dryRuns;

    @Reference
    PackReader reader;

    @Reference
    Database database;

    public InstalledRulePacks() {}

    InstalledRulePacks(PackReader reader, PackRegistry registry) {
        this.registry = registry;
        this.reader = reader;
    }

    /** A library kept in {@code store}, as after a restart or on another node: what the store holds is in force at once. */
    InstalledRulePacks(PackReader reader, PackRegistry registry, PackStore store) {
        this.registry = registry;
        this.reader = reader;
        this.store = store;
        refresh();
    }

    @Activate
    void activate(BundleContext context) {
        registry = (pack, properties) -> {
            ServiceRegistration<RulePack> registration = context.registerService(RulePack.class, pack,
                    new Hashtable<>(properties));
            return () -> {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle stopped first
                }
            };
        };
        store = new CataloguePackStore(database);
        new LegacyPackFile(ShelfHome.of(context).resolve("data").resolve("rule-packs.json")).importInto(store);
        refresh();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "shelf rule packs: other nodes' changes");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::follow, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    synchronized void deactivate() {
        closed = true;
        if (poller != null) {
            poller.shutdownNow();
        }
        registrations.values().forEach(r -> r.registered().unregister());
        registrations.clear();
    }

    /** Packs written in Java, listed beside the declarative ones. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(RulePack pack, Map<String, Object> properties) {
        if (!properties.containsKey(SOURCE_PROPERTY)) {
            javaPacks.put(pack, Boolean.TRUE);
        }
    }

    void removePack(RulePack pack) {
        javaPacks.remove(pack);
    }

    /** Takes over what another node changed, when the library's generation moved since this node last read it. */
    void follow() {
        try {
            if (store.generation() != generation) {
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the rule packs of the catalogue ({0}); the packs in "
                    + "force stay as they are", e.getMessage());
        }
    }

    private synchronized void refresh() {
        if (closed) {
            return;
        }
        show(store.load());
    }

    /**
     * Deploys a version and makes it active. {@code origin} names what it came from (a deploy file, a
     * bundle's resource), so that withdrawing the origin removes its packs. Deploying again exactly what is
     * installed (same origin, version and content) changes nothing: that is a restart or a touched file.
     *
     * @throws IllegalArgumentException when the same id and version is installed with other content: the
     *     earlier content is kept, and the message says to give the new one another version
     */
    synchronized void deploy(CompiledPack pack, String json, String source, String origin) {
        String digest = digest(json);
        boolean bundle = origin.startsWith(BUNDLE_ORIGIN);
        PackStore.Version version = new PackStore.Version(pack.id(), pack.version(), source, origin, digest, bundle ? null : json);
        if (bundle) {
            bundlePacks.put(version.key(), new Deployed(version, pack));
        } else {
            read.put(digest, Optional.of(pack));
        }
        try {
            show(store.change(contents -> {
                Optional<PackStore.Version> same = contents.versions.stream()
                        .filter(v -> v.id().equals(pack.id()) && v.key().equals(version.key())).findFirst();
                if (same.isPresent() && same.get().digest().equals(digest)) {
                    return false;
                }
                for (PackStore.Version other : contents.versions) {
                    if (other.id().equals(pack.id()) && other.version().equals(pack.version()) && !other.digest().equals(digest)
                            && runnable(other).isPresent()) {
                        throw new IllegalArgumentException("rule pack " + pack.id() + " " + pack.version() + " is already "
                                + "deployed with other rules (from " + other.source() + "), which are kept — give the changed"
                                + " pack a new \"version\" (" + next(pack.version()) + ", say) so that rules:rollback "
                                + pack.id() + " can return to " + pack.version());
                    }
                }
                same.ifPresent(contents.versions::remove); // a bundle's version whose content changed while Shelf was stopped
                contents.versions.add(version);
                contents.active.put(pack.id(), version.key());
                return true;
            }));
        } catch (RuntimeException refused) {
            if (bundle) {
                bundlePacks.remove(version.key());
            }
            throw refused;
        }
    }

    /**
     * Removes every version that came from {@code origin}; a pack left with none stops running. A bundle's
     * packs are withdrawn from this node only: another node may run the bundle still.
     */
    synchronized void withdraw(String origin) {
        if (origin.startsWith(BUNDLE_ORIGIN)) {
            bundlePacks.values().removeIf(d -> d.stored().origin().equals(origin));
            show(store.load());
            return;
        }
        show(store.change(contents -> {
            List<PackStore.Version> gone = contents.versions.stream().filter(v -> v.origin().equals(origin)).toList();
            if (gone.isEmpty()) {
                return false;
            }
            contents.versions.removeAll(gone);
            for (String id : gone.stream().map(PackStore.Version::id).distinct().toList()) {
                if (gone.stream().anyMatch(v -> v.key().equals(contents.active.get(id)))) {
                    contents.active.remove(id);
                    contents.versions.stream().filter(v -> v.id().equals(id)).reduce((a, b) -> b)
                            .ifPresent(newest -> contents.active.put(id, newest.key()));
                }
            }
            return true;
        }));
    }

    /** The version as it can run on this node: a deploy file's from its JSON, a bundle's while its bundle is here. */
    private Optional<CompiledPack> runnable(PackStore.Version version) {
        if (version.json() == null) {
            Deployed local = bundlePacks.get(version.key());
            return local != null && local.stored().digest().equals(version.digest()) ? Optional.of(local.pack()) : Optional.empty();
        }
        Optional<CompiledPack> known = read.get(version.digest());
        if (known != null) {
            return known;
        }
        try {
            Optional<CompiledPack> pack = Optional.of(reader.read(version.source(), version.json()));
            read.put(version.digest(), pack);
            return pack;
        } catch (RulePackFormatException e) { // read again next time: the check it needs may arrive meanwhile
            if (unreadable.add(version.digest())) {
                LOG.log(System.Logger.Level.WARNING, "rule pack {0} {1} ({2}) does not read on this node: {3}",
                        version.id(), version.version(), version.source(), e.getMessage());
            }
            return Optional.empty();
        }
    }

    /**
     * Puts the stored contents in force here: the versions that can run here, and of each pack the one the
     * library names or, when that one cannot run here (its bundle is not on this node), the newest that can.
     */
    private void show(PackStore.Contents contents) {
        List<Deployed> runnable = new ArrayList<>();
        for (PackStore.Version version : contents.versions) {
            runnable(version).ifPresent(pack -> runnable.add(new Deployed(version, pack)));
        }
        Map<String, Deployed> inForce = new HashMap<>();
        for (Deployed d : runnable) {
            String wanted = contents.active.get(d.id());
            if (d.key().equals(wanted) || !inForce.containsKey(d.id()) || !inForce.get(d.id()).key().equals(wanted)) {
                inForce.put(d.id(), d);
            }
        }
        deployments = List.copyOf(runnable);
        active = Map.copyOf(inForce);
        generation = contents.generation;
        for (String id : List.copyOf(registrations.keySet())) {
            Deployed now = active.get(id);
            if (now == null || !now.equals(registrations.get(id).deployed())) {
                registrations.remove(id).registered().unregister();
            }
        }
        active.forEach((id, d) -> registrations.computeIfAbsent(id, i -> new Registration(d, registry.register(d.pack(),
                Map.of(RulePack.SERVICE_PROPERTY, id, SOURCE_PROPERTY, d.stored().source())))));
    }

    @Override
    public synchronized List<PackVersion> versions() {
        List<PackVersion> versions = new ArrayList<>();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            versions.add(version(deployments.get(i)));
        }
        javaPacks.keySet().forEach(p -> versions.add(new PackVersion(p.id(), p.version(), "java", -1, true)));
        versions.sort(Comparator.comparing(PackVersion::id)); // stable: newest deployment first within an id
        return versions;
    }

    private PackVersion version(Deployed d) {
        return new PackVersion(d.id(), d.stored().version(), d.stored().source(), d.pack().ruleCount(), d.equals(active.get(d.id())));
    }

    @Override
    public synchronized java.util.Set<String> requiredFields() {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        active.values().forEach(d -> fields.addAll(d.pack().requiredEverywhere()));
        return fields;
    }

    @Override
    public synchronized Optional<PackDescription> describe(String id) {
        Deployed current = active.get(id);
        if (current != null) {
            return Optional.of(current.pack().describe(version(current)));
        }
        return javaPacks.keySet().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> new PackDescription(new PackVersion(p.id(), p.version(), "java", -1, true), List.of(),
                        List.of(), List.of()));
    }

    @Override
    public synchronized PackVersion rollback(String id) {
        refresh(); // another node may have deployed or rolled back a moment ago
        Deployed current = active.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no rule pack " + id + " is deployed — see rules:list");
        }
        List<Deployed> versions = deployments.stream().filter(d -> d.id().equals(id)).toList();
        int index = versions.indexOf(current);
        if (index <= 0) {
            throw new IllegalArgumentException("rule pack " + id + " has no version deployed before "
                    + current.stored().version() + " to roll back to; " + howToWithdraw(current));
        }
        Deployed previous = versions.get(index - 1);
        show(store.change(contents -> {
            contents.active.put(id, previous.key());
            return true;
        }));
        return version(active.get(id));
    }

    private static String howToWithdraw(Deployed deployed) {
        String origin = deployed.stored().origin();
        if (origin.startsWith(DEPLOY_ORIGIN)) {
            return "to withdraw it, delete " + origin.substring(DEPLOY_ORIGIN.length()) + " from the deploy folder";
        }
        return "to withdraw it, stop or uninstall " + deployed.stored().source(); // "bundle shelf.rules.apparel"
    }

    /**
     * What a deploy file stands for now: the version it deployed last and, when that is not the one in force
     * (after a rollback), the version that is. Empty when nothing of the file is installed.
     */
    synchronized Optional<String> inForce(String origin) {
        Deployed latest = null;
        for (Deployed d : deployments) {
            if (d.stored().origin().equals(origin)) {
                latest = d;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        String deployed = RulePackDeployHandler.describe(latest.pack());
        Deployed current = active.get(latest.id());
        if (current == null || current.equals(latest)) {
            return Optional.of(deployed);
        }
        String which = current.stored().origin().equals(origin) ? "an earlier content of this file" : current.stored().source();
        return Optional.of(deployed + ", rolled back: " + current.id() + " " + current.stored().version() + " (" + which
                + ") is in force");
    }

    @Override
    public PackDryRun test(Subject subject, java.nio.file.Path packFile, long batchId, String channel) throws CatalogException {
        return dryRuns.test(subject, packFile, batchId, channel);
    }

    /** "1.2.1" after "1.2.0"; a version with a qualifier gets "a higher one". */
    private static String next(String version) {
        String[] parts = version.split("\\.");
        if (parts.length == 3 && parts[2].chars().allMatch(Character::isDigit)) {
            return parts[0] + "." + parts[1] + "." + (Integer.parseInt(parts[2]) + 1);
        }
        return "a higher one";
    }

    static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
