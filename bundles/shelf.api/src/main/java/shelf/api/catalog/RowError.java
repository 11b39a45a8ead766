package shelf.api.catalog;

/**
 * A row or cell of an imported file that could not be taken.
 *
 * @param row the 1-based row number as the spreadsheet shows it
 * @param column the 1-based column, 0 when the whole row is meant
 * @param header the column's header, or empty
 * @param raw the value as written, or empty
 * @param reason what is wrong and how to fix it, for the operator
 */
public record RowError(int row, int column, String header, String raw, String reason) {

    public RowError {
        header = Values.text(header);
        raw = Values.text(raw);
        reason = Values.text(reason);
    }

    public String columnLetter() {
        return column > 0 ? SourceCell.columnLetter(column) : "";
    }
}
