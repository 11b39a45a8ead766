package shelf.workbooks.internal.report;

import java.util.List;

import shelf.api.catalog.RowError;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredBatch;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * The rows the import refused (batch:errors), as findings on their cells, so the merchant's report has both
 * lists in one: a refused row has no product in the catalogue, so no rule ever saw it. The import's warnings
 * (a row taken with a value of its product's first row instead of its own, say) are marked as warnings.
 */
final class ImportRowErrors {
    /** The code the report and its summary count refused rows under. */
    static final String CODE = "import.row-refused";
    /** The code of an import warning: the row was imported, the note says what was made of it. */
    static final String WARNING_CODE = "import.row-warning";
    /** What the summary's 规则包 column shows for them: the import, not a pack. */
    static final String SOURCE = "导入";

    private ImportRowErrors() {
    }

    static List<Finding> asFindings(StoredBatch batch, List<RowError> errors) {
        return errors.stream().map(e -> new Finding(e.warning() ? WARNING_CODE : CODE,
                e.warning() ? Severity.WARNING : Severity.ERROR, batch.merchant(), "", "", e.header(),
                new SourceCell(batch.file(), batch.sheet(), e.row(), e.column()), message(e), SOURCE)).toList();
    }

    /** "本行未导入：'五十九元' is not a price — …" — the reason as batch:errors gives it, and what it cost. */
    private static String message(RowError error) {
        return (error.warning() ? "已导入，但：" : "本行未导入：") + error.reason();
    }
}
