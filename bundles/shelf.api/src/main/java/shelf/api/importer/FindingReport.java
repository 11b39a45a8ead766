package shelf.api.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;
import shelf.api.security.Subject;

/**
 * Writes a batch's findings back into the merchant's own rows: a workbook with the rows of the file the
 * batch was imported from, each cell a finding names highlighted by severity with a note saying what is
 * wrong, and a summary sheet. Every value is written as text, so a cell such as "=1+1" runs no formula.
 */
@ProviderType
public interface FindingReport {

    /**
     * Writes the report; {@code out} is replaced only once the whole workbook is written.
     *
     * @param subject who asks: needs "catalog:report" and the batch in scope; the report shows the findings
     *     of products in the subject's scope only
     * @param batchId the batch
     * @param channel the validation whose findings to show; empty for the batch's last validation
     * @param source the merchant's file to read the rows from, or a folder in which to look for the file
     *     the batch was imported from (the catalogue keeps its name only)
     * @param out the workbook to write (.xlsx); never the source file
     * @return what was written
     * @throws IllegalArgumentException when there is no such batch, it was never validated, or {@code out}
     *     is not a workbook name or is the source file; the message says so
     * @throws ImportException when the merchant's file is gone or cannot be read; the message names it
     */
    Written write(Subject subject, long batchId, String channel, Path source, Path out)
            throws CatalogException, ImportException, IOException;

    /**
     * @param file the workbook written
     * @param channel the validation shown (empty: no particular channel)
     * @param findings findings in the report
     * @param cells cells highlighted (a product-level finding highlights the first cell of its product's row)
     * @param withoutNote highlighted cells without a note, past the most notes one report carries (ten
     *     thousand): their findings are in the summary's list
     * @param unplaced findings whose cell and row could not be found in the file: in the summary only
     */
    record Written(Path file, String channel, int findings, int cells, int withoutNote, int unplaced) {}
}
