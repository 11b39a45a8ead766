package shelf.shell.internal.progress;

import shelf.api.shell.Table;

/**
 * The text of a one-line progress bar that fits the terminal width, counting wide (CJK) characters twice:
 * {@code 导入 商品表.xlsx [##########----------]  50% 500/1000}, or {@code 导入 商品表.xlsx … 500} when the
 * total is unknown.
 */
final class ProgressBar {
    private static final int MAX_BAR = 40;
    private static final int MIN_BAR = 10;
    private static final int MIN_TASK = 6;

    private ProgressBar() {
    }

    static String render(String task, long done, long total, int width) {
        // One column stays free: writing the last column makes some terminals wrap.
        int room = Math.max(20, width) - 1;
        if (total < 0) {
            String count = " … " + done;
            return fit(task, room - count.length()) + count;
        }
        long clamped = Math.max(0, Math.min(done, total));
        int percent = total == 0 ? 100 : (int) (clamped * 100 / total);
        String tail = String.format(" %3d%% %d/%d", percent, clamped, total);
        if (room - MIN_TASK - 3 - MIN_BAR < tail.length()) {
            tail = String.format(" %3d%%", percent); // a narrow terminal: the counts go first
        }
        if (room - MIN_TASK - 3 - MIN_BAR < tail.length()) {
            return fit(task, room - tail.length()) + tail; // then the bar
        }
        int bar = Math.max(MIN_BAR, Math.min(MAX_BAR, room - Table.width(task) - 3 - tail.length()));
        int filled = total == 0 ? bar : (int) (clamped * bar / total);
        String shownTask = fit(task, room - bar - 3 - tail.length());
        return shownTask + " [" + "#".repeat(filled) + "-".repeat(bar - filled) + "]" + tail;
    }

    /** The task cut to {@code columns} terminal columns, ending in "…" when cut. */
    static String fit(String task, int columns) {
        if (Table.width(task) <= columns) {
            return task;
        }
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < task.length(); ) {
            int cp = task.codePointAt(i);
            String next = cut + new String(Character.toChars(cp));
            if (Table.width(next) > columns - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return cut + "…";
    }
}
