package shelf.channel.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Ids a platform gave for names, per category — Taobao's pid and vid of 颜色分类 / 黑色 in category 50000436,
 * Pinduoduo's parent spec id of 颜色 in cat 9813 and its spec id of 黑色 — fetched once and kept, in memory
 * and, when the adapter has a data area, in SHELF_HOME/data/channels/ID-ids.jsonl for the endpoint and app key
 * they were fetched from, so a restart does not ask again. Delete the file to fetch a category anew.
 */
public final class PlatformIds {
    /** In the order the platform gave them, so a category's specs keep the platform's order. */
    private final Map<String, String> ids = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final UploadJournal journal;

    /** @param file where the ids are kept, or null for memory only; @param owner endpoint and app key */
    public PlatformIds(Path file, String owner) {
        this.journal = file == null ? null : new UploadJournal(file, owner);
        if (journal != null) {
            ids.putAll(journal.load(Integer.MAX_VALUE));
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(ids.get(key));
    }

    public void put(String key, String id) {
        if (!id.equals(ids.put(key, id)) && journal != null) {
            journal.add(key, id);
        }
    }

    /** Every key starting with {@code prefix}, with its id, in the order they were given. */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        synchronized (ids) {
            ids.forEach((key, id) -> {
                if (key.startsWith(prefix)) {
                    found.put(key, id);
                }
            });
        }
        return found;
    }

    /**
     * Closes the file the ids are kept in, when the adapter stops; one added later is still kept (the file opened
     * for that one line).
     *
     * @since 1.5
     */
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
