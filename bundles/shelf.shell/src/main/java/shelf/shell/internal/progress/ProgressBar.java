package shelf.shell.internal.progress;

import shelf.api.shell.Table;

/**
 * The text of a one-line progress bar that fits the terminal width, counting wide (CJK) characters twice:
 * {@code 导入 商品表.xlsx [##########----------]  50% 500/1000}, or {@code 导入 商品表.xlsx … 500} when the
 * total is unknown; bytes as sizes: {@code 50% 8.2/16.4 MB}.
 */
final class ProgressBar {
    private static final int MAX_BAR = 40;
    private static final int MIN_BAR = 10;
    private static final int MIN_TASK = 6;

    private ProgressBar() {
    }

    static String render(String task, long done, long total, int width) {
        return render(task, done, total, width, false);
    }

    /** @param bytes whether the units are bytes, shown as sizes in the unit that suits the total */
    static String render(String task, long done, long total, int width, boolean bytes) {
        // One column stays free: writing the last column makes some terminals wrap.
        int room = Math.max(20, width) - 1;
        if (total < 0) {
            String count = " … " + (bytes ? size(done, done) + " " + unit(done) : String.valueOf(done));
            return fit(task, room - count.length()) + count;
        }
        long clamped = Math.max(0, Math.min(done, total));
        int percent = total == 0 ? 100 : (int) (clamped * 100 / total);
        String counts = bytes ? size(clamped, total) + "/" + size(total, total) + " " + unit(total) : clamped + "/" + total;
        String tail = String.format(" %3d%% %s", percent, counts);
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

    private static final String[] UNITS = {"B", "KB", "MB", "GB"};

    /** 1,024 to the power that suits {@code scale}: under 1 KB in bytes, then KB, MB, GB. */
    private static int power(long scale) {
        int power = 0;
        while (power < UNITS.length - 1 && scale >= 1024L << (10 * power)) {
            power++;
        }
        return power;
    }

    /** {@code bytes} in the unit that suits {@code scale}, with one decimal above bytes. */
    private static String size(long bytes, long scale) {
        int power = power(scale);
        return power == 0 ? String.valueOf(bytes)
                : String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) (1L << (10 * power)));
    }

    private static String unit(long scale) {
        return UNITS[power(scale)];
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
