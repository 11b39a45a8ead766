package shelf.rules.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.rules.RuleCheck;

/**
 * The whiteboard of {@link RuleCheck} services: for each kind (service property shelf.rules.check) the one of
 * highest service.ranking. A kind that appears is announced, so packs refused for want of it can be deployed
 * again; a kind that leaves makes the rules using it report that they could not run.
 */
@Component(service = RuleChecks.class)
public final class RuleChecks implements PluginChecks {
    private static final System.Logger LOG = System.getLogger(RuleChecks.class.getName());

    private final Map<ServiceReference<RuleCheck>, RuleCheck> services = new ConcurrentSkipListMap<>();
    private final List<Consumer<String>> arrivals = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ServiceReference<RuleCheck> reference, RuleCheck check) {
        Object kind = reference.getProperty(RuleCheck.KIND);
        if (!(kind instanceof String name) || name.isBlank() || RuleFactory.CHECKS.containsKey(name)) {
            LOG.log(System.Logger.Level.WARNING, "{0} registers a rule check with {1}={2}: {3}",
                    reference.getBundle().getSymbolicName(), RuleCheck.KIND, kind,
                    kind instanceof String name && RuleFactory.CHECKS.containsKey(name)
                            ? "a built-in check cannot be replaced — it is not used" : "it needs a name — it is not used");
            return;
        }
        services.put(reference, check);
        arrivals.forEach(listener -> listener.accept(name));
    }

    void removeCheck(ServiceReference<RuleCheck> reference) {
        services.remove(reference);
    }

    /** Calls {@code listener} with the kind each time a check is registered. */
    public void onArrival(Consumer<String> listener) {
        arrivals.add(listener);
    }

    public void removeArrival(Consumer<String> listener) {
        arrivals.remove(listener);
    }

    @Override
    public RuleCheck find(String kind) {
        // ServiceReference orders by ranking then age, the best last
        RuleCheck best = null;
        for (Map.Entry<ServiceReference<RuleCheck>, RuleCheck> entry : services.entrySet()) {
            if (kind.equals(entry.getKey().getProperty(RuleCheck.KIND))) {
                best = entry.getValue();
            }
        }
        return best;
    }

    @Override
    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        services.keySet().forEach(reference -> kinds.add((String) reference.getProperty(RuleCheck.KIND)));
        return kinds;
    }
}
