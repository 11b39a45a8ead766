package shelf.importing.internal;

import java.nio.file.Path;
import java.util.List;

import shelf.api.catalog.RowError;
import shelf.api.media.MediaRoots;

/** The sheet being imported: where it is, its columns, and the row errors and warnings found so far. */
final class SheetContext {
    /** The imported file's folder, against which relative media paths resolve. */
    final Path folder;
    /** Where else media files may be ({@link MediaRoots#PROPERTY}). */
    final MediaRoots mediaRoots;
    final ColumnMap columns;
    private final List<RowError> errors;

    SheetContext(Path file, MediaRoots mediaRoots, ColumnMap columns, List<RowError> errors) {
        this.folder = file.toAbsolutePath().getParent();
        this.mediaRoots = mediaRoots;
        this.columns = columns;
        this.errors = errors;
    }

    void error(int row, Column column, String raw, String reason) {
        errors.add(column == null ? new RowError(row, 0, "", raw, reason)
                : new RowError(row, column.number(), column.header(), raw, reason));
    }

    /** A warning about a row that is imported all the same. */
    void warning(int row, Column column, String raw, String reason) {
        errors.add(column == null ? RowError.warning(row, 0, "", raw, reason)
                : RowError.warning(row, column.number(), column.header(), raw, reason));
    }
}
