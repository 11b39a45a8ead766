package shelf.workbooks.internal.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import shelf.api.finding.Severity;

/**
 * The few cell styles of a report, made once per workbook (a style per cell would overflow Excel's limit of
 * 64,000). Every style is text ("@"), so what the merchant types into a report cell stays text too; each comes
 * plain and quote-prefixed, the way Excel marks a value typed as '=1+1 so that editing it keeps it text.
 */
final class ReportStyles {
    /** Fills a reader tells apart at a glance: Excel's own "bad" red, "neutral" amber, and a pale blue. */
    private static final Map<Severity, String> FILLS = Map.of(Severity.ERROR, "FFC7CE", Severity.WARNING, "FFEB9C",
            Severity.INFO, "DDEBF7");

    private final CellStyle plain;
    private final CellStyle quoted;
    private final Map<Severity, CellStyle> marked = new EnumMap<>(Severity.class);
    private final Map<Severity, CellStyle> markedQuoted = new EnumMap<>(Severity.class);
    private final CellStyle heading;

    ReportStyles(SXSSFWorkbook workbook) {
        plain = text(workbook, null, false);
        quoted = text(workbook, null, true);
        for (Severity severity : Severity.values()) {
            marked.put(severity, text(workbook, severity, false));
            markedQuoted.put(severity, text(workbook, severity, true));
        }
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
    }

    /** @param severity the fill, or null for none; @param quote whether the value would read as a formula */
    CellStyle text(Severity severity, boolean quote) {
        if (severity == null) {
            return quote ? quoted : plain;
        }
        return (quote ? markedQuoted : marked).get(severity);
    }

    CellStyle heading() {
        return heading;
    }

    private static CellStyle text(SXSSFWorkbook workbook, Severity severity, boolean quote) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        style.setQuotePrefixed(quote);
        if (severity != null) {
            style.setFillForegroundColor(new XSSFColor(rgb(FILLS.get(severity)), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
