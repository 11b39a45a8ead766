package shelf.catalog.command.internal;

/** A value from a merchant's file, made to fit one line of a table. */
final class CellText {
    private static final int MAX = 40;

    private CellText() {}

    /** Line breaks shown as ⏎: they would break the table. */
    static String oneLine(String text) {
        return text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    }

    /** On one line, and long text cut with "…", for listings. */
    static String shortened(String text) {
        String oneLine = oneLine(text);
        return oneLine.codePointCount(0, oneLine.length()) <= MAX ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX - 1)) + "…";
    }
}
