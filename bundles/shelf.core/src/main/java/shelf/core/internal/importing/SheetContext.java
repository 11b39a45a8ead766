package shelf.core.internal.importing;

import java.nio.file.Path;
import java.util.List;

import shelf.api.catalog.RowError;

/** The sheet being imported: where it is, its columns, and the row errors found so far. */
final class SheetContext {
    /** The imported file's folder, against which relative media paths resolve. */
    final Path folder;
    final ColumnMap columns;
    private final List<RowError> errors;

    SheetContext(Path file, ColumnMap columns, List<RowError> errors) {
        this.folder = file.toAbsolutePath().getParent();
        this.columns = columns;
        this.errors = errors;
    }

    void error(int row, Column column, String raw, String reason) {
        errors.add(column == null ? new RowError(row, 0, "", raw, reason)
                : new RowError(row, column.number(), column.header(), raw, reason));
    }
}
