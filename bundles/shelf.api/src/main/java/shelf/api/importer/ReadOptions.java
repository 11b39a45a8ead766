package shelf.api.importer;

/**
 * @param sheet the sheet to read, by name; empty for every sheet in order (CSV files have one, named "")
 * @param maxColumns rows wider than this are refused as an {@link ImportException} naming the row
 */
public record ReadOptions(String sheet, int maxColumns) {
    /** Wider than any listing template; a row past it is a broken or hostile file. */
    public static final int DEFAULT_MAX_COLUMNS = 1024;

    public ReadOptions {
        sheet = sheet == null ? "" : sheet;
        if (maxColumns <= 0) {
            throw new IllegalArgumentException("maxColumns must be positive");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions("", DEFAULT_MAX_COLUMNS);
    }
}
