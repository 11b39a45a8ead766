package shelf.core.internal.importing;

import java.nio.file.Path;
import java.util.List;

import shelf.api.catalog.RowError;
import shelf.api.catalog.SourceCell;

/** The sheet being imported: where it is, its columns, and the row errors found so far. */
final class SheetContext {
    final String fileName;
    final String sheet;
    /** The imported file's folder, against which relative media paths resolve. */
    final Path folder;
    final ColumnMap columns;
    private final List<RowError> errors;

    SheetContext(Path file, String sheet, ColumnMap columns, List<RowError> errors) {
        this.fileName = file.getFileName().toString();
        this.sheet = sheet;
        this.folder = file.toAbsolutePath().getParent();
        this.columns = columns;
        this.errors = errors;
    }

    SourceCell cell(int row, Column column) {
        return new SourceCell(fileName, sheet, row, column.number());
    }

    void error(int row, Column column, String raw, String reason) {
        errors.add(column == null ? new RowError(row, 0, "", raw, reason)
                : new RowError(row, column.number(), column.header(), raw, reason));
    }
}
