package shelf.importer.xlsx.internal;

/** Reads A1-style references ("AB12") straight from a part's bytes, without making strings. */
final class CellReference {
    /** Past Excel's last column (XFD = 16384): a reference this wide is not a real cell. */
    static final int NOT_A_COLUMN = -1;

    private CellReference() {
    }

    /** The 1-based column of a reference such as "AB12", or {@link #NOT_A_COLUMN}. */
    static int column(byte[] b, int from, int to) {
        int column = 0;
        int i = from;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > 1 << 20) {
                return NOT_A_COLUMN;
            }
        }
        return i == from ? NOT_A_COLUMN : column;
    }

    /** The 1-based row of a reference such as "AB12" (or of a bare row number "12"), or 0. */
    static int row(byte[] b, int from, int to) {
        int i = from;
        while (i < to && !(b[i] >= '0' && b[i] <= '9')) {
            i++;
        }
        return number(b, i, to);
    }

    /** A non-negative decimal number, or 0 when there is none or it is out of range. */
    static int number(byte[] b, int from, int to) {
        long value = 0;
        if (from >= to) {
            return 0;
        }
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < '0' || c > '9' || value > Integer.MAX_VALUE) {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? 0 : (int) value;
    }
}
