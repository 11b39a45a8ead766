package shelf.importer.xlsx.internal;

import java.nio.charset.StandardCharsets;

import shelf.api.importer.RowSink;

/** A cell's text as the user sees it, from its type attribute, style and stored value. */
final class CellText {
    static final byte NUMBER = 0;
    static final byte SHARED = 1;
    static final byte INLINE = 2;
    static final byte FORMULA_STRING = 3;
    static final byte BOOLEAN = 4;
    static final byte ERROR = 5;
    static final byte ISO_DATE = 6;

    /** Strings used again and again (brands, categories, policies) are decoded once, not per cell. */
    private static final int CACHE_SIZE = 4096;

    private final WorkbookContext workbook;
    private final RowSink sink;
    private final NumberDisplay numbers;
    private final String[] cached = new String[CACHE_SIZE];
    private final int[] cachedIndex = new int[CACHE_SIZE];

    CellText(WorkbookContext workbook, RowSink sink) {
        this.workbook = workbook;
        this.sink = sink;
        this.numbers = new NumberDisplay(workbook.date1904());
        java.util.Arrays.fill(cachedIndex, -1);
    }

    /** The t attribute's value as one of the constants above; unknown types read as numbers. */
    static byte type(byte[] b, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return NUMBER;
        }
        switch (b[from]) {
            case 's':
                return length == 1 ? SHARED : FORMULA_STRING;
            case 'i':
                return INLINE;
            case 'b':
                return BOOLEAN;
            case 'e':
                return ERROR;
            case 'd':
                return ISO_DATE;
            default:
                return NUMBER;
        }
    }

    String of(byte type, int style, byte[] value, int length, int row, int column) {
        switch (type) {
            case SHARED:
                return shared(value, length, row, column);
            case INLINE:
            case FORMULA_STRING:
                return length == 0 ? "" : new String(value, 0, length, StandardCharsets.UTF_8);
            case BOOLEAN:
                return length == 0 ? "" : value[0] == '1' ? "TRUE" : "FALSE";
            case ERROR:
                return error(new String(value, 0, length, StandardCharsets.UTF_8), row, column);
            case ISO_DATE:
                return isoDate(new String(value, 0, length, StandardCharsets.US_ASCII));
            default:
                return number(style, value, length, row, column);
        }
    }

    private String shared(byte[] value, int length, int row, int column) {
        if (length == 0) {
            return ""; // <c t="s"><v/></c>: Excel and POI show an empty cell, not shared text #0
        }
        int index = CellReference.number(value, 0, length);
        int slot = index & (CACHE_SIZE - 1);
        if (cachedIndex[slot] == index) {
            return cached[slot];
        }
        String text = workbook.strings().get(index);
        if (text == null) {
            sink.cellError(row, column, new String(value, 0, length, StandardCharsets.US_ASCII),
                    "the cell refers to shared text #" + index + ", which the workbook does not have — the file is damaged");
            return "";
        }
        cachedIndex[slot] = index;
        cached[slot] = text;
        return text;
    }

    /** A cell showing an error (#DIV/0!, #N/A …) is reported, and read as empty. */
    String error(String error, int row, int column) {
        sink.cellError(row, column, error, "the cell shows the error " + error
                + " — fix the formula or type the value");
        return "";
    }

    private String number(int style, byte[] value, int length, int row, int column) {
        return number(workbook.style(style), value, length, row, column);
    }

    /** A number literal as shown under a number style. */
    String number(NumberStyle style, byte[] value, int length, int row, int column) {
        if (length == 0) {
            return "";
        }
        String shown = numbers.show(style, value, 0, length);
        if (shown == null) {
            String raw = new String(value, 0, length, StandardCharsets.UTF_8);
            sink.cellError(row, column, raw, "the cell should hold a number but holds '" + raw + "' — the file is damaged");
            return raw;
        }
        return shown;
    }

    /** Strict OOXML's t="d" cells: ISO 8601 already; shown as date, or date and time when there is one. */
    private static String isoDate(String iso) {
        String text = iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
        int t = text.indexOf('T');
        if (t < 0) {
            return text;
        }
        String time = text.substring(t + 1);
        int fraction = time.indexOf('.');
        if (fraction >= 0) {
            time = time.substring(0, fraction);
        }
        return time.matches("0{2}:0{2}(:0{2})?") ? text.substring(0, t) : text.substring(0, t) + " " + time;
    }
}
