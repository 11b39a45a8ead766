package shelf.shell.internal.console;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the known command names nearest to a mistyped one, by edit distance counting a swap of two
 * neighbouring letters as one edit ("bundel" → "bundle"). A name typed without a scope is compared with
 * the function part of each known name, so "lst" suggests bundle:list and feature:list.
 */
public final class NearestNames {
    private static final int MAX_SUGGESTIONS = 4;

    private NearestNames() {
    }

    /** The nearest names, sorted, or none when nothing is close enough to be a typo. */
    public static List<String> of(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase();
        boolean scoped = wanted.contains(":");
        if (!scoped) {
            List<String> ofScope = known.stream().filter(n -> n.toLowerCase().startsWith(wanted + ":")).sorted()
                    .limit(MAX_SUGGESTIONS).toList();
            if (!ofScope.isEmpty()) {
                return ofScope;
            }
        }
        Map<Integer, TreeSet<String>> byDistance = new TreeMap<>();
        for (String name : known) {
            String compared = scoped ? name.toLowerCase() : function(name).toLowerCase();
            int distance = distance(wanted, compared);
            if (distance <= tolerance(wanted)) {
                byDistance.computeIfAbsent(distance, d -> new TreeSet<>()).add(name);
            }
        }
        return byDistance.values().stream().findFirst().map(names -> names.stream().limit(MAX_SUGGESTIONS).toList())
                .orElse(List.of());
    }

    /** "a", "a or b", "a, b or c". */
    public static String joined(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    // Short names tolerate one typo, longer ones more: "ls" must not suggest every two-letter command.
    private static int tolerance(String typed) {
        return Math.max(1, Math.min(3, typed.length() / 4));
    }

    private static String function(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
