package shelf.core.internal.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cell text as exact values. Prices, weights and counts are parsed from the text as the spreadsheet shows
 * it, never through a double; what cannot be read throws a {@link CellProblem} saying what to write instead.
 */
final class CellValues {
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");
    private static final Pattern LIST = Pattern.compile("[;；\\r\\n]+");
    private static final Pattern TAG_LIST = Pattern.compile("[;；,，、\\r\\n]+");
    private static final Pattern CATEGORY_ARROWS = Pattern.compile("\\s*[>＞›»→]\\s*");
    private static final Pattern CATEGORY_SLASHES = Pattern.compile("\\s*[/／\\\\]\\s*");
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*|data:.*");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[a-zA-Z]:[\\\\/].*|\\\\\\\\.*");

    private CellValues() {}

    /** Yuan with at most 2 decimals; ¥ and thousands separators allowed. Kept as written: 12.5 stays 12.5. */
    static BigDecimal price(String raw) {
        String text = strip(raw).replace("¥", "").replace("￥", "").replace("元", "").strip();
        if (text.startsWith("-")) {
            throw new CellProblem("'" + raw + "' is not a price — a price cannot be negative");
        }
        BigDecimal value = decimal(text);
        if (value == null) {
            throw new CellProblem("'" + raw + "' is not a price — write "
                    + (DECIMAL_COMMA.matcher(text).matches() ? new BigDecimal(text.replace(',', '.')).setScale(2)
                            : "a number such as 12.50"));
        }
        if (value.scale() > 2) {
            throw new CellProblem("'" + raw + "' has more than 2 decimals — a price is in yuan and fen: write "
                    + value.setScale(2, RoundingMode.HALF_UP));
        }
        return value;
    }

    /** A whole number of units, 0 or more; "1,200" and "12.00" are taken, "12.5" and "-3" are not. */
    static Integer stock(String raw) {
        BigDecimal value = strip(raw).startsWith("-") ? null : decimal(strip(raw));
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new CellProblem("'" + raw + "' is not a stock level — write a whole number of units, 0 or more, "
                    + "such as 25");
        }
        return value.intValueExact();
    }

    /** Kilograms, exact; "0.35", "0.35kg" and "350g" are all 0.35 kg. */
    static BigDecimal weightKg(String raw) {
        String text = strip(raw).toLowerCase(java.util.Locale.ROOT);
        int shift = 0;
        for (String unit : new String[] {"kg", "千克", "公斤"}) {
            if (text.endsWith(unit)) {
                text = text.substring(0, text.length() - unit.length()).strip();
            }
        }
        for (String unit : new String[] {"g", "克"}) {
            if (text.endsWith(unit)) {
                text = text.substring(0, text.length() - unit.length()).strip();
                shift = 3;
            }
        }
        BigDecimal value = text.startsWith("-") ? null : decimal(text);
        if (value == null) {
            throw new CellProblem("'" + raw + "' is not a weight — write kilograms such as 0.35");
        }
        return value.movePointLeft(shift);
    }

    /** Whole hours; "48", "48小时", "48h", and "2天" (48 hours). */
    static Integer hours(String raw) {
        String text = strip(raw).toLowerCase(java.util.Locale.ROOT);
        int factor = 1;
        if (text.endsWith("小时") || text.endsWith("h")) {
            text = text.substring(0, text.length() - (text.endsWith("h") ? 1 : 2)).strip();
        } else if (text.endsWith("天")) {
            text = text.substring(0, text.length() - 1).strip();
            factor = 24;
        }
        if (!text.matches("\\d{1,6}")) {
            throw new CellProblem("'" + raw + "' is not a number of hours — write whole hours such as 48");
        }
        return Integer.parseInt(text) * factor;
    }

    /** Digits exactly as written; a number Excel shortened to 6.9E+12 has lost its digits and is refused. */
    static String barcode(String raw) {
        String text = raw.strip();
        if (SCIENTIFIC.matcher(text).matches()) {
            throw new CellProblem("'" + raw + "' is a barcode Excel shortened to a number and its digits are lost — "
                    + "format the column as Text and type the full barcode again");
        }
        return text;
    }

    /** "服装>男装>T恤", "服装/男装/T恤" and "服装 › 男装 › T恤" all become "服装/男装/T恤". */
    static String category(String raw) {
        String text = raw.strip();
        String[] levels = CATEGORY_ARROWS.matcher(text).find() ? CATEGORY_ARROWS.split(text)
                : CATEGORY_SLASHES.split(text);
        List<String> kept = new ArrayList<>();
        for (String level : levels) {
            if (!level.isBlank()) {
                kept.add(level.strip());
            }
        }
        return String.join("/", kept);
    }

    static List<String> list(String raw) {
        return split(LIST, raw);
    }

    static List<String> tags(String raw) {
        return split(TAG_LIST, raw);
    }

    /** A URL stays as written; a path is made absolute, a relative one against the imported file's folder. */
    static String media(String raw, Path folder) {
        String text = raw.strip();
        if (URL.matcher(text).matches() || WINDOWS_ABSOLUTE.matcher(text).matches()) {
            return text;
        }
        try {
            return folder.resolve(text).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            throw new CellProblem("'" + raw + "' is neither a URL nor a file path — write https://… or a path "
                    + "relative to the spreadsheet's folder");
        }
    }

    static List<String> mediaList(String raw, Path folder) {
        List<String> resolved = new ArrayList<>();
        for (String item : list(raw)) {
            resolved.add(media(item, folder));
        }
        return resolved;
    }

    private static List<String> split(Pattern separators, String raw) {
        List<String> items = new ArrayList<>();
        for (String item : separators.split(raw)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** The decimal a number's text means, with properly grouped thousands separators; null when it is none. */
    private static BigDecimal decimal(String text) {
        if (PLAIN.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (THOUSANDS.matcher(text).matches()) {
            return new BigDecimal(text.replace(",", ""));
        }
        return null;
    }

    private static String strip(String raw) {
        return raw.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
