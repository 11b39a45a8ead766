package shelf.review.internal.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import shelf.api.review.BoardSummary;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewState;
import shelf.api.shell.Table;

/**
 * The review kanban as text: a column per state with its count, the oldest cards in each (SPU, how long it
 * has waited, who holds it), then the blocked products with the finding that blocks them. Widths are
 * terminal columns (Table.width), so Chinese text lines up.
 */
final class BoardView {
    static final int CARD = 22;
    private static final String SEP = " │ ";

    private BoardView() {}

    static String of(BoardSummary board, Instant now) {
        ReviewState[] states = ReviewState.values();
        List<List<String>> columns = new ArrayList<>();
        int rows = 0;
        for (ReviewState state : states) {
            List<String> cells = new ArrayList<>();
            cells.add(state.label() + " " + state.id() + " (" + board.counts().get(state) + ")");
            cells.add("─".repeat(CARD));
            for (ReviewItem item : board.oldest().get(state)) {
                cells.add(item.spuCode() + " " + age(item.since(), now) + " " + item.by());
            }
            int more = board.counts().get(state) - board.oldest().get(state).size();
            if (more > 0) {
                cells.add("… " + more + " more");
            }
            columns.add(cells);
            rows = Math.max(rows, cells.size());
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                List<String> cells = columns.get(c);
                String cell = r < cells.size() ? cells.get(r) : "";
                line.append(c == 0 ? "" : r == 1 ? "─┼─" : SEP).append(pad(cell, CARD));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (!board.blocked().isEmpty()) {
            out.append('\n').append("Blocked (").append(board.blockedCount()).append("):\n");
            Table table = new Table("SPU", "Merchant", "State", "Waiting", "Blocked by");
            for (ReviewItem item : board.blocked()) {
                table.row(item.spuCode(), item.merchant(), item.state().id(), age(item.since(), now),
                        shortened(item.blockedBy(), 60));
            }
            out.append(table);
            int more = board.blockedCount() - board.blocked().size();
            if (more > 0) {
                out.append("… ").append(more).append(" more\n");
            }
        }
        return out.toString();
    }

    /** The text cut or padded with spaces to exactly {@code width} terminal columns. */
    static String pad(String text, int width) {
        int full = Table.width(text);
        if (full <= width) {
            return text + " ".repeat(width - full);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Table.width(new String(Character.toChars(cp)));
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…') + " ".repeat(Math.max(0, width - used - 1));
    }

    /** 45s, 12m, 3h, 2d. */
    static String age(Instant since, Instant now) {
        long s = Math.max(0, Duration.between(since, now).toSeconds());
        return s < 60 ? s + "s" : s < 3600 ? s / 60 + "m" : s < 86_400 ? s / 3600 + "h" : s / 86_400 + "d";
    }

    static String shortened(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
