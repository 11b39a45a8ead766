package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
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
import shelf.api.security.Subject;

/**
 * The declarative packs deployed from bundles and the deploy folder, every version of each, and the one
 * active version per pack, which alone is registered as a RulePack service and so runs in validation.
 * Deploying a version makes it active; rollback reactivates the version deployed before it. Versions are
 * kept in memory: an earlier version whose file was overwritten can be rolled back to until a restart.
 */
@Component(service = {RulePackLibrary.class, InstalledRulePacks.class})
public final class InstalledRulePacks implements RulePackLibrary {
    /** Service property on the packs registered here: where the active version came from. */
    public static final String SOURCE_PROPERTY = "shelf.rules.source";

    /** Registers a pack as a service; closing the result unregisters it. Lets tests run without a framework. */
    @FunctionalInterface
    interface PackRegistry {
        Registered register(RulePack pack, Map<String, Object> properties);
    }

    @FunctionalInterface
    interface Registered {
        void unregister();
    }

    private record Deployed(DeclarativeRulePack pack, String source, String origin) {
    }

    private final Map<String, List<Deployed>> deployments = new LinkedHashMap<>();
    private final Map<String, Deployed> active = new HashMap<>();
    private final Map<String, Registered> registrations = new HashMap<>();
    private final Map<RulePack, Boolean> javaPacks = new ConcurrentHashMap<>();
    private PackRegistry registry;

    @Reference
    PackDryRuns dryRuns;

    public InstalledRulePacks() {}

    InstalledRulePacks(PackRegistry registry) {
        this.registry = registry;
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

    /**
     * Deploys a version and makes it active. {@code origin} names what it came from (a deploy file, a
     * bundle's resource), so that withdrawing the origin removes its packs; the same id and version deployed
     * again replaces the earlier content.
     */
    synchronized void deploy(DeclarativeRulePack pack, String source, String origin) {
        List<Deployed> versions = deployments.computeIfAbsent(pack.id(), id -> new ArrayList<>());
        versions.removeIf(d -> d.pack().version().equals(pack.version()));
        Deployed deployed = new Deployed(pack, source, origin);
        versions.add(deployed);
        activate(deployed);
    }

    /** Removes every version that came from {@code origin}; a pack left with none stops running. */
    synchronized void withdraw(String origin) {
        for (var it = deployments.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<Deployed>> entry = it.next();
            String id = entry.getKey();
            List<Deployed> versions = entry.getValue();
            Deployed current = active.get(id);
            versions.removeIf(d -> d.origin().equals(origin));
            if (versions.isEmpty()) {
                it.remove();
                active.remove(id);
                Registered registered = registrations.remove(id);
                if (registered != null) {
                    registered.unregister();
                }
            } else if (!versions.contains(current)) {
                activate(versions.get(versions.size() - 1));
            }
        }
    }

    private void activate(Deployed deployed) {
        String id = deployed.pack().id();
        Registered previous = registrations.remove(id);
        if (previous != null) {
            previous.unregister();
        }
        active.put(id, deployed);
        registrations.put(id, registry.register(deployed.pack(), Map.of(RulePack.SERVICE_PROPERTY, id,
                SOURCE_PROPERTY, deployed.source())));
    }

    @Override
    public synchronized List<PackVersion> versions() {
        List<PackVersion> versions = new ArrayList<>();
        deployments.forEach((id, deployed) -> {
            for (int i = deployed.size() - 1; i >= 0; i--) {
                versions.add(version(deployed.get(i)));
            }
        });
        javaPacks.keySet().forEach(p -> versions.add(new PackVersion(p.id(), p.version(), "java", -1, true)));
        versions.sort(Comparator.comparing(PackVersion::id));
        return versions;
    }

    private PackVersion version(Deployed d) {
        return new PackVersion(d.pack().id(), d.pack().version(), d.source(), d.pack().ruleCount(),
                active.get(d.pack().id()) == d);
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
        List<Deployed> versions = deployments.get(id);
        if (versions == null) {
            throw new IllegalArgumentException("no rule pack " + id + " is deployed — see rules:list");
        }
        int index = versions.indexOf(active.get(id));
        if (index <= 0) {
            throw new IllegalArgumentException("rule pack " + id + " has no version deployed before "
                    + active.get(id).pack().version() + " to roll back to");
        }
        activate(versions.get(index - 1));
        return version(active.get(id));
    }

    @Override
    public PackDryRun test(Subject subject, java.nio.file.Path packFile, long batchId, String channel) throws CatalogException {
        return dryRuns.test(subject, packFile, batchId, channel);
    }
}
