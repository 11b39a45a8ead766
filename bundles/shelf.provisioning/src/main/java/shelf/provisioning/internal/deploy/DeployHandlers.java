package shelf.provisioning.internal.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Constants;

import shelf.api.deploy.DeployHandler;

/** The deploy handlers registered now, highest service.ranking first (then oldest service first). */
final class DeployHandlers {
    record Entry(DeployHandler handler, String kind, int ranking, long serviceId) {}

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private volatile List<Entry> entries = List.of();

    synchronized void add(DeployHandler handler, Map<String, Object> properties) {
        Object kind = properties.get(DeployHandler.KIND);
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(handler, kind == null ? handler.getClass().getSimpleName() : kind.toString(),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE));
        next.sort(ORDER);
        entries = List.copyOf(next);
    }

    synchronized void remove(DeployHandler handler) {
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.handler() == handler);
        entries = List.copyOf(next);
    }

    /** The first handler that takes the file; a handler that throws from accepts() is passed over. */
    Optional<Entry> forFile(Path file) {
        for (Entry entry : entries) {
            try {
                if (entry.handler().accepts(file)) {
                    return Optional.of(entry);
                }
            } catch (Throwable e) { // a broken handler is passed over, never the end of the watcher
                System.getLogger(DeployHandlers.class.getName()).log(System.Logger.Level.WARNING,
                        "deploy handler {0} failed to judge {1}: {2}", entry.kind(), file.getFileName(), e.toString());
            }
        }
        return Optional.empty();
    }

    /** The handler of a kind, to update or uninstall what it installed. */
    Optional<Entry> ofKind(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).findFirst();
    }
}
