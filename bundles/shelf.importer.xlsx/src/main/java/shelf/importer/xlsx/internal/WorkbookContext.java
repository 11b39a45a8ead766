package shelf.importer.xlsx.internal;

import java.nio.file.Path;

import shelf.api.catalog.SourceCell;
import shelf.api.importer.ImportException;

/** What every sheet of one workbook shares while it is read: the file, its strings and styles, the limits. */
final class WorkbookContext {
    private final Path file;
    private final SharedStrings strings;
    private final NumberStyle[] styles;
    private final boolean date1904;
    private final int maxColumns;

    WorkbookContext(Path file, SharedStrings strings, NumberStyle[] styles, boolean date1904, int maxColumns) {
        this.file = file;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxColumns = maxColumns;
    }

    SharedStrings strings() {
        return strings;
    }

    /** The number format of a cell style; General for a style the workbook does not define. */
    NumberStyle style(int index) {
        return index >= 0 && index < styles.length ? styles[index] : NumberStyle.GENERAL;
    }

    boolean date1904() {
        return date1904;
    }

    int maxColumns() {
        return maxColumns;
    }

    ImportException tooWide(String sheet, int row) {
        return new ImportException(file, row, 0, "sheet " + sheet + " has cells past column "
                + SourceCell.columnLetter(maxColumns) + " in this row; at most " + maxColumns
                + " columns are read — delete the extra columns, or check that this is the right file", null);
    }
}
