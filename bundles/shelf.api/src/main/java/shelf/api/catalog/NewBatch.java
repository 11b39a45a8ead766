package shelf.api.catalog;

import java.util.List;

/**
 * One file's import, ready to store.
 *
 * @param merchant the merchant the products belong to
 * @param file the file's name as the operator gave it
 * @param sheet the sheet read, empty for CSV
 * @param rows data rows read (not counting title and header rows)
 * @param products the products built from the rows, each with where its values came from
 * @param errors rows or cells that could not be taken, with the reason; their products are not stored
 * @param importedBy the user who ran the import
 */
public record NewBatch(String merchant, String file, String sheet, int rows, List<ImportedProduct> products,
        List<RowError> errors, String importedBy) {

    public NewBatch {
        merchant = Values.text(merchant);
        file = Values.text(file);
        sheet = Values.text(sheet);
        products = Values.list(products);
        errors = Values.list(errors);
        importedBy = Values.text(importedBy);
    }
}
