package shelf.provisioning.internal.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells when a file has stopped changing: a file is taken only after its size and modification time have
 * stayed the same for a quiet period, so a jar still being copied is not installed half-written.
 */
final class QuietPeriod {
    private record Seen(long size, long modified, long since) {}

    private final long quietMillis;
    private final Map<String, Seen> waiting = new LinkedHashMap<>();

    QuietPeriod(long quietMillis) {
        this.quietMillis = quietMillis;
    }

    /** Records how the file looks now; a change of size or time starts the quiet period again. */
    void observe(String name, long size, long modified, long now) {
        Seen last = waiting.get(name);
        if (last == null || last.size() != size || last.modified() != modified) {
            waiting.put(name, new Seen(size, modified, now));
        }
    }

    /** The files unchanged for the whole quiet period, which stop being watched here. */
    List<String> settled(long now) {
        List<String> settled = new ArrayList<>();
        waiting.entrySet().removeIf(entry -> {
            boolean quiet = now - entry.getValue().since() >= quietMillis;
            if (quiet) {
                settled.add(entry.getKey());
            }
            return quiet;
        });
        return settled;
    }

    void forget(String name) {
        waiting.remove(name);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    Set<String> names() {
        return Set.copyOf(waiting.keySet());
    }
}
