package shelf.api.catalog;

/**
 * A row or cell of an imported file that could not be taken, or a warning about one that was taken with a
 * change the operator should know of (a later row's differing 标签 set aside, an SKU code made up).
 *
 * @param row the 1-based row number as the spreadsheet shows it
 * @param column the 1-based column, 0 when the whole row is meant
 * @param header the column's header, or empty
 * @param raw the value as written, or empty
 * @param reason what is wrong and how to fix it, for the operator
 * @param warning true when the row was imported and this only says what was made of it; false for an error,
 *        whose product was left out
 */
public record RowError(int row, int column, String header, String raw, String reason, boolean warning) {

    public RowError {
        header = Values.text(header);
        raw = Values.text(raw);
        reason = Values.text(reason);
    }

    /** An error: the row's product was left out. */
    public RowError(int row, int column, String header, String raw, String reason) {
        this(row, column, header, raw, reason, false);
    }

    /** A warning: the row was imported. */
    public static RowError warning(int row, int column, String header, String raw, String reason) {
        return new RowError(row, column, header, raw, reason, true);
    }

    public String columnLetter() {
        return column > 0 ? SourceCell.columnLetter(column) : "";
    }
}
