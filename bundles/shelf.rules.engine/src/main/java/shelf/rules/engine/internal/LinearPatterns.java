package shelf.rules.engine.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * The patterns of rule packs, run by RE2/J: its automaton takes time linear in the text, so no pattern a
 * category manager writes can backtrack for ever the way java.util.regex does on "(.*a){20}". What RE2/J
 * cannot do in linear time (backreferences, lookaround, possessive and atomic groups) is refused when the
 * pack is read, in words, and so is a pattern whose counted repetitions nest into a huge automaton
 * ("((a{1000}){1000}){1000}" would take all memory to compile).
 */
final class LinearPatterns {
    /** How many steps per character a pattern may cost once its counted repetitions are written out. */
    static final long MAX_SIZE = 10_000;
    private static final String WHY = ", which rule patterns do not support (they run in linear time)";

    private LinearPatterns() {}

    /** Compiles {@code regex}; throws {@link IllegalArgumentException} saying what is wrong or not supported. */
    static Pattern compile(String regex) {
        try {
            java.util.regex.Pattern.compile(regex);   // only for its wording of plain syntax errors
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex '" + regex + "': " + e.getDescription() + " at index " + e.getIndex());
        }
        String construct = unsupported(regex);
        if (construct != null) {
            throw new IllegalArgumentException("pattern '" + regex + "' uses " + construct + WHY);
        }
        if (size(regex) > MAX_SIZE) {
            throw new IllegalArgumentException("pattern '" + regex + "' nests counted repetitions to more than "
                    + MAX_SIZE + " steps per character — write it shorter");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern '" + regex + "' uses Java-only syntax" + WHY + ": "
                    + e.getDescription() + " " + e.getPattern());
        }
    }

    /** Whether all of {@code text} matches, the check stopping when the rule's time budget is spent. */
    static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text.length() < BudgetedText.STRIDE ? text : new BudgetedText(text)).matches();
    }

    /** The first construct of {@code regex} that needs backtracking, as words, or null. */
    static String unsupported(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            String next = regex.substring(i + 1, Math.min(regex.length(), i + 4));
            if (c == '\\') {
                if (!inClass && (next.startsWith("k<") || !next.isEmpty() && next.charAt(0) >= '1' && next.charAt(0) <= '9')) {
                    return "a backreference";
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                i += next.startsWith("^]") ? 2 : next.startsWith("]") ? 1 : 0;
            } else if (c == '(' && next.startsWith("?=") || c == '(' && next.startsWith("?!")) {
                return "a lookahead '(" + next.substring(0, 2) + "'";
            } else if (c == '(' && (next.startsWith("?<=") || next.startsWith("?<!"))) {
                return "a lookbehind '(" + next + "'";
            } else if (c == '(' && next.startsWith("?>")) {
                return "an atomic group '(?>'";
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && next.startsWith("+")) {
                return "a possessive quantifier '" + c + "+'";
            }
        }
        return null;
    }

    /**
     * An upper bound of the automaton's size: every atom counts one, a counted repetition {n,m} multiplies
     * what it repeats by its largest count. Only called on patterns that compile.
     */
    static long size(String regex) {
        long[] total = new long[regex.length() + 2];   // per open group: its size so far
        long[] last = new long[regex.length() + 2];    // per open group: the size of its last item
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            long item = 1;
            if (c == '\\') {
                i = regex.startsWith("Q", i + 1) ? quoted(regex, i, total, depth) : escape(regex, i);
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
                total[depth] = 0;
                last[depth] = 0;
                continue;
            } else if (c == ')') {
                item = Math.max(1, total[depth]);
                depth--;
            } else if (c == '{' && repeat(regex, i) > 0) {
                long times = repeat(regex, i);
                i = regex.indexOf('}', i);
                long grown = Math.min(MAX_SIZE + 1, last[depth] * times);
                total[depth] = Math.min(MAX_SIZE + 1, total[depth] - last[depth] + grown);
                last[depth] = grown;
                continue;
            } else if (c == '*' || c == '+' || c == '?' || c == '|') {
                continue;
            }
            total[depth] = Math.min(MAX_SIZE + 1, total[depth] + item);
            last[depth] = item;
        }
        return total[0];
    }

    private static int quoted(String regex, int at, long[] total, int depth) {
        int end = regex.indexOf("\\E", at + 2);
        int stop = end < 0 ? regex.length() : end;
        total[depth] += Math.max(0, stop - at - 3);   // the loop counts the last one, as the item repeated
        return end < 0 ? regex.length() : end + 1;
    }

    private static int escape(String regex, int at) {
        int i = at + 1;
        if (i + 1 < regex.length() && "pPx".indexOf(regex.charAt(i)) >= 0 && regex.charAt(i + 1) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close;
        }
        return i;
    }

    private static int classEnd(String regex, int at) {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && regex.startsWith("[:", i)) {
                i = regex.indexOf(":]", i) + 1;
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }

    /** The largest count of "{n}", "{n,}" or "{n,m}" at {@code at}, or 0 when that is no counted repetition. */
    private static long repeat(String regex, int at) {
        int close = regex.indexOf('}', at);
        if (close < 0) {
            return 0;
        }
        String[] counts = regex.substring(at + 1, close).split(",", -1);
        long times = 0;
        for (String count : counts) {
            if (!count.isEmpty() && !count.chars().allMatch(Character::isDigit) || count.length() > 6) {
                return 0;
            }
            times = Math.max(times, count.isEmpty() ? 1 : Long.parseLong(count));
        }
        return counts.length <= 2 && !counts[0].isEmpty() ? Math.max(1, times) : 0;
    }
}
