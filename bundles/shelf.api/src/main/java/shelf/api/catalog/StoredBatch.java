package shelf.api.catalog;

import java.time.Instant;

/**
 * A stored import.
 *
 * @param id the batch id operators type ("batch:show 3")
 * @param merchant the merchant
 * @param file the file's name
 * @param sheet the sheet read, empty for CSV
 * @param rows data rows read
 * @param products products in the batch
 * @param skus SKUs in the batch
 * @param errors row errors (rows whose product was left out)
 * @param created products new to the catalogue
 * @param updated products that existed and changed
 * @param unchanged products that existed exactly so
 * @param state where the batch stands ("imported"; later stages add their own)
 * @param importedAt when it was stored
 * @param importedBy who imported it
 * @param warnings warnings about rows that were imported (listed with the errors by batch:errors)
 */
public record StoredBatch(long id, String merchant, String file, String sheet, int rows, int products, int skus,
        int errors, int created, int updated, int unchanged, String state, Instant importedAt, String importedBy,
        int warnings) {

    /** A batch without warnings. */
    public StoredBatch(long id, String merchant, String file, String sheet, int rows, int products, int skus,
            int errors, int created, int updated, int unchanged, String state, Instant importedAt, String importedBy) {
        this(id, merchant, file, sheet, rows, products, skus, errors, created, updated, unchanged, state, importedAt,
                importedBy, 0);
    }
}
