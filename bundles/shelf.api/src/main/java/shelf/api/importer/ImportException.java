package shelf.api.importer;

import java.nio.file.Path;

/**
 * A file that cannot be imported at all. The message is a sentence for the operator that names the
 * file, and the row and column where they are known, and says what to do.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int row;
    private final int column;

    public ImportException(Path file, String reason) {
        this(file, 0, 0, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        this(file, 0, 0, reason, cause);
    }

    /** @param row 1-based, 0 when not known; @param column 1-based, 0 when not known */
    public ImportException(Path file, int row, int column, String reason, Throwable cause) {
        super(message(file, row, column, reason), cause);
        this.file = file.getFileName().toString();
        this.row = row;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    private static String message(Path file, int row, int column, String reason) {
        StringBuilder where = new StringBuilder(file.getFileName().toString());
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (column > 0) {
            where.append(", column ").append(shelf.api.catalog.SourceCell.columnLetter(column));
        }
        return where + ": " + reason;
    }
}
