package shelf.api.catalog;

/**
 * Where a value came from: the file, the sheet (empty for CSV), and the 1-based row and column as the
 * spreadsheet program shows them.
 */
public record SourceCell(String file, String sheet, int row, int column) {

    public SourceCell {
        sheet = Values.text(sheet);
    }

    /** The column as a spreadsheet names it: 1 → A, 27 → AA. */
    public String columnLetter() {
        return columnLetter(column);
    }

    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** "商品表.xlsx, sheet 商品, row 17, column N" — the way an operator looks it up. */
    @Override
    public String toString() {
        return file + (sheet.isEmpty() ? "" : ", sheet " + sheet) + ", row " + row
                + (column > 0 ? ", column " + columnLetter() : "");
    }
}
