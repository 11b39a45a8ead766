package shelf.api.importer;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receives what an {@link Importer} reads: the core's import, or whoever reads a file through
 * {@link ImportService#read}.
 */
@ProviderType
public interface RowSink {
    /** A sheet begins (CSV: one sheet named ""). Returns whether to read its rows. */
    boolean startSheet(String name);

    /**
     * One row of the current sheet.
     *
     * @param row the 1-based row number as the spreadsheet program shows it
     * @param cells every cell from column A to the last non-empty one, each as the program displays it:
     *     numbers with their format's decimals (a 13-digit barcode stays those digits), dates as ISO
     *     yyyy-MM-dd, formulas as their cached result, merged cells as the merged value; "" when empty
     * @return false to stop reading the file
     */
    boolean row(int row, List<String> cells);

    /**
     * A cell that could not be read as the file says (text in a broken encoding, an error value); the
     * row is still delivered with the cell as far as it could be read.
     */
    void cellError(int row, int column, String raw, String reason);

    /** How far reading has got, in bytes of the file (or of the main part of it); for progress bars. */
    void progress(long done, long total);
}
