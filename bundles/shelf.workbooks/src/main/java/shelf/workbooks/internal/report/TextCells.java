package shelf.workbooks.internal.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;

import shelf.api.finding.Severity;

/**
 * Writes a value as a string cell, never a formula. A string cell is never evaluated, but a value that
 * begins like a formula (=, +, -, @, or the tab and carriage return OWASP lists) is also quote-prefixed, so
 * that a user editing the cell in Excel or LibreOffice does not turn it into one.
 */
final class TextCells {
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private TextCells() {
    }

    static void write(Cell cell, String value, ReportStyles styles, Severity fill) {
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
        cell.setCellValue(text);
        cell.setCellStyle(styles.text(fill, startsLikeFormula(text)));
    }

    static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }
}
