package shelf.importer.xlsx.internal;

import java.util.Locale;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How one cell style shows a number, decided once per style when the workbook is opened so that no
 * cell pays for parsing its format: General, fixed decimals (0.00, 000000, 0.0#, 0%), a date or time,
 * or — for the rare rest (fractions, scientific, scaling) — POI's DataFormatter.
 */
final class NumberStyle {
    enum Kind { GENERAL, FIXED, DATE, OTHER }

    static final NumberStyle GENERAL = new NumberStyle(Kind.GENERAL, 0, null);

    final Kind kind;
    final int formatIndex;
    final String formatString;
    int minInteger;
    int minDecimals;
    int maxDecimals;
    boolean percent;
    boolean hasDate;
    boolean hasTime;
    boolean hasSeconds;
    /** A currency other than the yuan that the format shows ("$", "€", "JP¥"), else null. */
    String foreignCurrency;

    private NumberStyle(Kind kind, int formatIndex, String formatString) {
        this.kind = kind;
        this.formatIndex = formatIndex;
        this.formatString = formatString;
    }

    static NumberStyle of(int index, String format) {
        if (index == 0 || format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return isChineseBuiltinDate(index) ? chineseDate(index) : GENERAL;
        }
        if (format.startsWith("reserved")) {
            return isChineseBuiltinDate(index) ? chineseDate(index) : GENERAL;
        }
        String section = literalsRemoved(firstSection(format));
        if (DateUtil.isADateFormat(index, format)) {
            return section.contains("[") ? new NumberStyle(Kind.OTHER, index, format) : date(index, format, section);
        }
        if (section.trim().equalsIgnoreCase("general")) {
            return GENERAL;
        }
        NumberStyle style = fixed(index, format, section);
        style.foreignCurrency = ForeignCurrency.of(firstSection(format));
        return style;
    }

    private static NumberStyle fixed(int index, String format, String section) {
        NumberStyle style = new NumberStyle(Kind.FIXED, index, format);
        boolean afterPoint = false;
        int lastPlaceholder = -1;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            switch (c) {
                case '0', '#' -> {
                    lastPlaceholder = i;
                    if (!afterPoint) {
                        style.minInteger += c == '0' ? 1 : 0;
                    } else {
                        style.maxDecimals++;
                        style.minDecimals += c == '0' ? 1 : 0;
                    }
                }
                case '.' -> {
                    if (afterPoint) {
                        return new NumberStyle(Kind.OTHER, index, format);
                    }
                    afterPoint = true;
                }
                case '%' -> style.percent = true;
                case '?', '/', 'E', 'e', '@' -> {
                    return new NumberStyle(Kind.OTHER, index, format);
                }
                default -> {
                    // grouping commas, currency signs, spaces and signs: decoration, not part of the value
                }
            }
        }
        boolean scaled = lastPlaceholder >= 0 && lastPlaceholder + 1 < section.length()
                && section.charAt(lastPlaceholder + 1) == ',';
        if (lastPlaceholder < 0 || scaled || style.minDecimals > 30 || style.maxDecimals > 30) {
            return new NumberStyle(Kind.OTHER, index, format);
        }
        return style;
    }

    private static NumberStyle date(int index, String format, String section) {
        NumberStyle style = new NumberStyle(Kind.DATE, index, format);
        String lower = section.toLowerCase(Locale.ROOT);
        style.hasTime = lower.indexOf('h') >= 0 || lower.indexOf('s') >= 0;
        style.hasSeconds = lower.indexOf('s') >= 0;
        style.hasDate = lower.indexOf('y') >= 0 || lower.indexOf('d') >= 0
                || (lower.indexOf('m') >= 0 && !style.hasTime) || lower.indexOf('e') >= 0;
        if (!style.hasDate && !style.hasTime) {
            style.hasDate = true;
        }
        return style;
    }

    /**
     * Chinese Excel and WPS save their own date formats as built-in ids 27–36 and 50–58 without
     * writing the format down; POI does not know them, so they would show as serial numbers.
     */
    private static boolean isChineseBuiltinDate(int index) {
        return (index >= 27 && index <= 36) || (index >= 50 && index <= 58);
    }

    private static NumberStyle chineseDate(int index) {
        NumberStyle style = new NumberStyle(Kind.DATE, index, null);
        boolean time = index >= 32 && index <= 35 || index == 55 || index == 56;
        style.hasTime = time;
        style.hasSeconds = index == 33 || index == 35 || index == 56;
        style.hasDate = !time;
        return style;
    }

    /** Up to the first ';' outside quotes: the section for positive numbers, which decides decimals. */
    private static String firstSection(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == ';' && !quoted) {
                return format.substring(0, i);
            }
        }
        return format;
    }

    /** Drops "quoted text", \escaped characters, _x paddings and *x fills; keeps [brackets] for the caller. */
    private static String literalsRemoved(String section) {
        StringBuilder kept = new StringBuilder(section.length());
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int close = section.indexOf('"', i + 1);
                i = close < 0 ? section.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = section.indexOf(']', i + 1);
                String inside = section.substring(i + 1, close < 0 ? section.length() : close).toLowerCase(Locale.ROOT);
                // elapsed time ([h], [mm], [ss]) changes the value shown; colours, locales and conditions do not
                if (!inside.isEmpty() && (inside.charAt(0) == 'h' || inside.charAt(0) == 'm' || inside.charAt(0) == 's')) {
                    kept.append('[').append(inside).append(']');
                }
                i = close < 0 ? section.length() : close;
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
