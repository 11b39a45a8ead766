package shelf.importing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;

import shelf.api.importer.Importer;

/** The importer services present now, highest service.ranking first (then the oldest service). */
final class Importers {
    private record Entry(Importer importer, String format, int ranking, long serviceId) {}

    private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::ranking).reversed()
            .thenComparingLong(Entry::serviceId);

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Importer importer, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        Object format = properties.get(Importer.FORMAT);
        entries.add(new Entry(importer, format == null ? importer.getClass().getSimpleName() : format.toString(),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE));
        entries.sort(ORDER);
    }

    synchronized void remove(Importer importer) {
        entries.removeIf(e -> e.importer() == importer);
    }

    /** The first importer that takes the file, or null. A plugin that throws is taken as saying no. */
    Importer find(Path file) {
        for (Entry entry : snapshot()) {
            try {
                if (entry.importer().accepts(file)) {
                    return entry.importer();
                }
            } catch (RuntimeException e) {
                System.getLogger(Importers.class.getName()).log(System.Logger.Level.WARNING,
                        "importer " + entry.format() + " failed to say whether it takes " + file, e);
            }
        }
        return null;
    }

    /** "xlsx, csv", or "none". */
    String formats() {
        List<String> formats = snapshot().stream().map(Entry::format).distinct().toList();
        return formats.isEmpty() ? "none" : String.join(", ", formats);
    }

    private synchronized List<Entry> snapshot() {
        return List.copyOf(entries);
    }
}
