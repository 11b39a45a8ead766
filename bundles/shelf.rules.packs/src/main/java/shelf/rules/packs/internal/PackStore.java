package shelf.rules.packs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the library of deployed packs is kept: every version in the order deployed and the version in force
 * of each pack. In the catalogue ({@link CataloguePackStore}), so that every node on one catalogue has the
 * same packs in force and a restart — clean or kill -9 — finds them as they were; in memory for tests.
 */
interface PackStore {

    /**
     * One deployed version.
     *
     * @param json the pack's JSON, or null when its bundle brings it again
     */
    record Version(String id, String version, String source, String origin, String digest, String json) {
        String key() {
            return origin + "@" + version;
        }
    }

    /** What is kept; {@code active} maps a pack id to the origin and version ("origin@version") in force. */
    final class Contents {
        final List<Version> versions = new ArrayList<>();
        final Map<String, String> active = new LinkedHashMap<>();
        /** Goes up with every change; the same number means the same contents. */
        long generation;

        Contents copy() {
            Contents copy = new Contents();
            copy.versions.addAll(versions);
            copy.active.putAll(active);
            copy.generation = generation;
            return copy;
        }
    }

    /** The contents as they are now. */
    Contents load();

    /** The generation of the contents, read cheaply: another node changed them when it is not the one loaded last. */
    long generation();

    /**
     * Changes the contents as one step that no other node's change interleaves with: {@code change} gets them as
     * they are now and alters them, returning false to leave them as they were; an exception it throws changes
     * nothing either.
     *
     * @return the contents after the change
     */
    Contents change(Predicate<Contents> change);

    /** Keeps the contents as long as it lives: for tests without a database. */
    static PackStore inMemory() {
        return new PackStore() {
            private Contents contents = new Contents();

            @Override
            public synchronized Contents load() {
                return contents.copy();
            }

            @Override
            public synchronized long generation() {
                return contents.generation;
            }

            @Override
            public synchronized Contents change(Predicate<Contents> change) {
                Contents changed = contents.copy();
                if (change.test(changed)) {
                    changed.generation++;
                    contents = changed;
                }
                return contents.copy();
            }
        };
    }
}
