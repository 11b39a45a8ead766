package shelf.importer.csv.internal;

/**
 * Which of comma, tab and semicolon separates the fields, from the first lines of the file: the one
 * that occurs, outside quotes, the same number of times on the most lines (a header and its rows
 * agree); comma when nothing decides.
 */
final class DelimiterGuess {
    private static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int LINES = 20;

    private DelimiterGuess() {
    }

    static char of(CharSequence sample, char preferred) {
        int[][] counts = new int[CANDIDATES.length][LINES];
        int lines = countPerLine(sample, counts);
        char best = preferred;
        int bestScore = 0;
        int bestFirst = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int first = counts[c][0];
            if (first == 0) {
                continue;
            }
            int score = 0;
            for (int line = 0; line < lines; line++) {
                score += counts[c][line] == first ? 1 : 0;
            }
            if (score > bestScore || (score == bestScore && first > bestFirst)) {
                best = CANDIDATES[c];
                bestScore = score;
                bestFirst = first;
            }
        }
        return best;
    }

    /** Counts candidates per line outside quotes (a quoted newline does not end a line); returns lines seen. */
    private static int countPerLine(CharSequence sample, int[][] counts) {
        int line = 0;
        boolean quoted = false;
        for (int i = 0; i < sample.length() && line < LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '\n') {
                line++;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        counts[c][line]++;
                    }
                }
            }
        }
        // the last line of a sample may be cut short: it counts only when it is the only one
        return Math.max(1, Math.min(line, LINES));
    }
}
