package shelf.rules.packs.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import shelf.rules.engine.spi.RulePackFormatException;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.CompiledPack;

/**
 * The declarative packs deployed from bundles and the deploy folder, every version of each, and the one
 * active version per pack, which alone is registered as a RulePack service and so runs in validation.
 * Deploying a version makes it active; rollback reactivates the version deployed before it. Everything is
 * kept in SHELF_HOME/data/rule-packs.json (see {@link PackStore}), so a restart finds the same packs in
 * force and the same versions to roll back to.
 */
@Component(service = {RulePackLibrary.class, InstalledRulePacks.class})
public final class InstalledRulePacks implements RulePackLibrary {
    /** Service property on the packs registered here: where the active version came from. */
    public static final String SOURCE_PROPERTY = "shelf.rules.source";
    static final String DEPLOY_ORIGIN = "deploy:";
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

    /** One deployed version; its pack is null while a bundle's version read back from the store awaits its bundle. */
    private static final class Deployed {
        final PackStore.Version stored;
        CompiledPack pack;

        Deployed(PackStore.Version stored, CompiledPack pack) {
            this.stored = stored;
            this.pack = pack;
        }

        String id() {
            return stored.id();
        }

        String key() {
            return stored.origin() + "@" + stored.version();
        }
    }

    /** Every version, in the order deployed. */
    private final List<Deployed> deployments = new ArrayList<>();
    private final Map<String, Deployed> active = new HashMap<>();
    /** Pack id → the version that was active before the restart, while its bundle has not deployed it again. */
    private final Map<String, String> awaitedActive = new HashMap<>();
    private final Map<String, Registered> registrations = new HashMap<>();
    private final Map<RulePack, Boolean> javaPacks = new ConcurrentHashMap<>();
    private PackRegistry registry;
    private PackStore store = new PackStore(null);

    @Reference
    PackDryRuns dryRuns;

    @Reference
    PackReader reader;

    public InstalledRulePacks() {}

    InstalledRulePacks(PackReader reader, PackRegistry registry) {
        this.registry = registry;
        this.reader = reader;
    }

    /** A library kept in {@code store}, as after a restart: what the store holds is in force at once. */
    InstalledRulePacks(PackReader reader, PackRegistry registry, PackStore store) {
        this.registry = registry;
        this.reader = reader;
        this.store = store;
        restore();
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
        store = new PackStore(ShelfHome.of(context).resolve("data").resolve("rule-packs.json"));
        restore();
    }

    @Deactivate
    synchronized void deactivate() {
        registrations.values().forEach(Registered::unregister);
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

    /** Reads the store back: the deploy folder's packs run again at once, the bundles' when their bundles start. */
    private synchronized void restore() {
        PackStore.Contents saved = store.load();
        for (PackStore.Version version : saved.versions) {
            CompiledPack pack = null;
            if (version.json() != null) {
                try {
                    pack = reader.read(version.source(), version.json());
                } catch (RulePackFormatException e) {
                    LOG.log(System.Logger.Level.WARNING, "rule pack {0} {1} kept in rule-packs.json no longer reads: {2}",
                            version.id(), version.version(), e.getMessage());
                    continue;
                }
            }
            deployments.add(new Deployed(version, pack));
        }
        awaitedActive.putAll(saved.active);
        for (String id : new LinkedHashSet<>(saved.active.keySet())) {
            deployments.stream().filter(d -> d.pack != null && d.key().equals(saved.active.get(id))).findFirst()
                    .ifPresentOrElse(d -> {
                        awaitedActive.remove(id);
                        activate(d);
                    }, () -> newest(id).ifPresent(this::activate));
        }
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
        String key = origin + "@" + pack.version();
        Optional<Deployed> same = deployments.stream().filter(d -> d.id().equals(pack.id()) && d.key().equals(key))
                .findFirst();
        if (same.isPresent() && same.get().stored.digest().equals(digest)) {
            Deployed known = same.get();
            if (known.pack == null) {
                known.pack = pack; // its bundle started again
                if (key.equals(awaitedActive.get(pack.id())) || !active.containsKey(pack.id())) {
                    awaitedActive.remove(pack.id());
                    activate(known);
                }
            }
            return;
        }
        for (Deployed other : deployments) {
            if (other.pack != null && other.id().equals(pack.id()) && other.stored.version().equals(pack.version())
                    && !other.stored.digest().equals(digest)) {
                throw new IllegalArgumentException("rule pack " + pack.id() + " " + pack.version()
                        + " is already deployed with other rules (from " + other.stored.source() + "), which are kept"
                        + " — give the changed pack a new \"version\" (" + next(pack.version()) + ", say) so that"
                        + " rules:rollback " + pack.id() + " can return to " + pack.version());
            }
        }
        same.ifPresent(deployments::remove); // a bundle's version whose content changed while Shelf was stopped
        Deployed deployed = new Deployed(new PackStore.Version(pack.id(), pack.version(), source, origin, digest,
                origin.startsWith("bundle:") ? null : json), pack);
        deployments.add(deployed);
        awaitedActive.remove(pack.id());
        activate(deployed);
        save();
    }

    /** Removes every version that came from {@code origin}; a pack left with none stops running. */
    synchronized void withdraw(String origin) {
        List<Deployed> gone = deployments.stream().filter(d -> d.stored.origin().equals(origin)).toList();
        if (gone.isEmpty()) {
            return;
        }
        deployments.removeAll(gone);
        for (String id : gone.stream().map(Deployed::id).distinct().toList()) {
            if (gone.contains(active.get(id))) {
                Optional<Deployed> newest = newest(id);
                if (newest.isPresent()) {
                    activate(newest.get());
                } else {
                    active.remove(id);
                    Registered registered = registrations.remove(id);
                    if (registered != null) {
                        registered.unregister();
                    }
                }
            }
        }
        save();
    }

    private Optional<Deployed> newest(String id) {
        for (int i = deployments.size() - 1; i >= 0; i--) {
            Deployed d = deployments.get(i);
            if (d.id().equals(id) && d.pack != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private void activate(Deployed deployed) {
        String id = deployed.id();
        Registered previous = registrations.remove(id);
        if (previous != null) {
            previous.unregister();
        }
        active.put(id, deployed);
        registrations.put(id, registry.register(deployed.pack, Map.of(RulePack.SERVICE_PROPERTY, id,
                SOURCE_PROPERTY, deployed.stored.source())));
    }

    private void save() {
        PackStore.Contents contents = new PackStore.Contents();
        deployments.forEach(d -> contents.versions.add(d.stored));
        active.forEach((id, d) -> contents.active.put(id, d.key()));
        contents.active.putAll(awaitedActive);
        store.save(contents);
    }

    @Override
    public synchronized List<PackVersion> versions() {
        List<PackVersion> versions = new ArrayList<>();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            if (deployments.get(i).pack != null) {
                versions.add(version(deployments.get(i)));
            }
        }
        javaPacks.keySet().forEach(p -> versions.add(new PackVersion(p.id(), p.version(), "java", -1, true)));
        versions.sort(Comparator.comparing(PackVersion::id)); // stable: newest deployment first within an id
        return versions;
    }

    private PackVersion version(Deployed d) {
        return new PackVersion(d.id(), d.stored.version(), d.stored.source(), d.pack.ruleCount(), active.get(d.id()) == d);
    }

    @Override
    public synchronized java.util.Set<String> requiredFields() {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        active.values().forEach(d -> fields.addAll(d.pack.requiredEverywhere()));
        return fields;
    }

    @Override
    public synchronized Optional<PackDescription> describe(String id) {
        Deployed current = active.get(id);
        if (current != null) {
            return Optional.of(current.pack.describe(version(current)));
        }
        return javaPacks.keySet().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> new PackDescription(new PackVersion(p.id(), p.version(), "java", -1, true), List.of(),
                        List.of(), List.of()));
    }

    @Override
    public synchronized PackVersion rollback(String id) {
        Deployed current = active.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no rule pack " + id + " is deployed — see rules:list");
        }
        List<Deployed> versions = deployments.stream().filter(d -> d.id().equals(id) && d.pack != null).toList();
        int index = versions.indexOf(current);
        if (index <= 0) {
            throw new IllegalArgumentException("rule pack " + id + " has no version deployed before "
                    + current.stored.version() + " to roll back to; " + howToWithdraw(current));
        }
        activate(versions.get(index - 1));
        awaitedActive.remove(id);
        save();
        return version(active.get(id));
    }

    private static String howToWithdraw(Deployed deployed) {
        String origin = deployed.stored.origin();
        if (origin.startsWith(DEPLOY_ORIGIN)) {
            return "to withdraw it, delete " + origin.substring(DEPLOY_ORIGIN.length()) + " from the deploy folder";
        }
        return "to withdraw it, stop or uninstall " + deployed.stored.source(); // "bundle shelf.rules.apparel"
    }

    /**
     * What a deploy file stands for now: the version it deployed last and, when that is not the one in force
     * (after a rollback), the version that is. Empty when nothing of the file is installed.
     */
    synchronized Optional<String> inForce(String origin) {
        Deployed latest = null;
        for (Deployed d : deployments) {
            if (d.stored.origin().equals(origin) && d.pack != null) {
                latest = d;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        String deployed = RulePackDeployHandler.describe(latest.pack);
        Deployed current = active.get(latest.id());
        if (current == latest || current == null) {
            return Optional.of(deployed);
        }
        String which = current.stored.origin().equals(origin) ? "an earlier content of this file" : current.stored.source();
        return Optional.of(deployed + ", rolled back: " + current.id() + " " + current.stored.version() + " (" + which
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
