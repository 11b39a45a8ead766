package shelf.shell.internal.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.rules.RulePack;

/** The RulePack services a command sees, with their service properties, in id then version order. */
final class RulePacks {
    /** Service property the deploy folder's handler sets ("deploy"); packs without it come from a bundle. */
    static final String SOURCE_PROPERTY = "shelf.rules.source";

    record Entry(RulePack pack, String source) {
        String name() {
            return pack.id() + "@" + pack.version();
        }
    }

    private final Map<RulePack, String> sources = new ConcurrentHashMap<>();

    void add(RulePack pack, Map<String, ?> properties) {
        Object source = properties.get(SOURCE_PROPERTY);
        sources.put(pack, source == null || source.toString().isBlank() ? "bundle" : source.toString());
    }

    void remove(RulePack pack) {
        sources.remove(pack);
    }

    List<Entry> entries() {
        return sources.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Entry e) -> e.pack().id()).thenComparing(e -> e.pack().version()))
                .toList();
    }
}
