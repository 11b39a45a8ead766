package shelf.backup.internal.copy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order to fill tables in so that every foreign key finds its row: a table after the tables it refers to.
 * Shelf's migrations declare no foreign keys today (each store is the only writer of its tables); a plugin's
 * may, and the copy must not depend on the alphabet.
 */
final class CopyOrder {
    private CopyOrder() {
    }

    /**
     * @param tables the tables to fill
     * @param refersTo for each table, the tables its foreign keys name (others than those to fill are ignored)
     * @return the tables, each after those it refers to, otherwise by name
     * @throws IllegalArgumentException when foreign keys go round in a circle (no order satisfies them)
     */
    static List<String> of(Collection<String> tables, Map<String, Set<String>> refersTo) {
        Map<String, Set<String>> waiting = new TreeMap<>();
        for (String table : tables) {
            Set<String> parents = new TreeSet<>(refersTo.getOrDefault(table, Set.of()));
            parents.retainAll(tables);
            parents.remove(table); // a table that refers to itself: its rows go in the order H2 reads them
            waiting.put(table, parents);
        }
        List<String> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            String ready = waiting.entrySet().stream().filter(e -> order.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the foreign keys of the tables "
                            + String.join(", ", waiting.keySet()) + " refer to each other in a circle: no order of copying satisfies them"));
            order.add(ready);
            waiting.remove(ready);
        }
        return order;
    }
}
