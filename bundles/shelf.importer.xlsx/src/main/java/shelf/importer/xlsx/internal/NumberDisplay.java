package shelf.importer.xlsx.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell's stored literal into what the user sees under its style. General and fixed
 * formats, nearly every number in a listing sheet, stay on decimal digits ({@link DecimalText}); dates
 * go through POI's {@link DateUtil}; only unusual formats pay for POI's {@link DataFormatter}.
 */
final class NumberDisplay {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter TIME_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final DecimalText decimal = new DecimalText();
    private final boolean date1904;
    private DataFormatter formatter;

    NumberDisplay(boolean date1904) {
        this.date1904 = date1904;
    }

    /** The text shown, or null when the literal is not a number. */
    String show(NumberStyle style, byte[] b, int from, int to) {
        if (!decimal.parse(b, from, to)) {
            return null;
        }
        switch (style.kind) {
            case GENERAL:
                return decimal.general();
            case FIXED:
                String fixed = decimal.fixed(style.minInteger, style.minDecimals, style.maxDecimals, style.percent);
                return style.foreignCurrency == null ? fixed : ForeignCurrency.shown(style.foreignCurrency, fixed);
            case DATE:
                return date(style, number(b, from, to));
            default:
                return other(style, number(b, from, to));
        }
    }

    private String date(NumberStyle style, double serial) {
        LocalDateTime when = DateUtil.isValidExcelDate(serial)
                ? DateUtil.getLocalDateTime(serial, date1904, true) : null;
        if (when == null) {
            return decimal.general();
        }
        if (!style.hasTime) {
            return when.format(DATE);
        }
        if (!style.hasDate) {
            return when.format(style.hasSeconds ? TIME : TIME_MINUTES);
        }
        return when.format(style.hasSeconds ? DATE_TIME : DATE_MINUTES);
    }

    private String other(NumberStyle style, double value) {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.ROOT);
        }
        return formatter.formatRawCellContents(value, style.formatIndex, style.formatString, date1904);
    }

    private static double number(byte[] b, int from, int to) {
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
