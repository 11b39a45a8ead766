package shelf.importing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import shelf.api.media.MediaRoots;

/**
 * Cell text as exact values. Prices, weights and counts are parsed from the text as the spreadsheet shows
 * it, never through a double; what cannot be read throws a {@link CellProblem} saying what to write instead.
 *
 * <p>Every cell of a 100,000-row import passes through here, so the common shapes (plain digits, a URL, a
 * list without odd separators) are recognised by scanning the characters; the patterns below decide the
 * rest and say exactly what is accepted.
 */
final class CellValues {
    /** What {@link #isPlain} accepts. */
    static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");
    private static final String LIST = ";；\r\n";
    private static final String TAG_LIST = ";；,，、\r\n";
    private static final String CATEGORY_ARROWS = ">＞›»→";
    private static final String CATEGORY_SLASHES = "/／\\";
    /** What {@link #isUrl} accepts. */
    static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://.*|data:.*");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[a-zA-Z]:[\\\\/].*|\\\\\\\\.*");

    // dollar signs with their prefixes (US$, HK$, NT$), the euro, pound, won, rupee, rouble, the yen as Excel shows
    // a Japanese format (JP¥), and ISO codes other than CNY
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile(
            "(?:[A-Z]{1,2})?\\$|[€£₩₹₽]|JP[¥￥]|\\b(?:USD|EUR|GBP|HKD|JPY|TWD|KRW|SGD|AUD|CAD)\\b");
    private static final MediaRoots NO_ROOTS = new MediaRoots(List.of());

    private CellValues() {}

    /** Yuan with at most 2 decimals; ¥ and thousands separators allowed. Kept as written: 12.5 stays 12.5. */
    static BigDecimal price(String raw) {
        if (isPlain(raw)) {
            return checkedPrice(raw, new BigDecimal(raw)); // the common case: "129.00"
        }
        String foreign = foreignCurrency(raw);
        if (foreign != null) {
            throw new CellProblem("'" + raw + "' is a price in another currency (" + foreign
                    + ") — prices are in yuan: convert it and write the amount in yuan, such as 12.50");
        }
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
        return checkedPrice(raw, value);
    }

    /** The currency sign or code of a price written in another currency ("$", "US$", "JP¥", "USD"), else null. */
    private static String foreignCurrency(String raw) {
        Matcher sign = FOREIGN_CURRENCY.matcher(raw);
        return sign.find() ? sign.group().strip() : null;
    }

    private static BigDecimal checkedPrice(String raw, BigDecimal value) {
        if (value.scale() > 2) {
            throw new CellProblem("'" + raw + "' has more than 2 decimals — a price is in yuan and fen: write "
                    + value.setScale(2, RoundingMode.HALF_UP));
        }
        return value;
    }

    /** A whole number of units, 0 or more; "1,200" and "12.00" are taken, "12.5" and "-3" are not. */
    static Integer stock(String raw) {
        if (!raw.isEmpty() && raw.length() <= 9 && isDigits(raw, 0, raw.length())) {
            return Integer.parseInt(raw); // the common case: "25"
        }
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
        if (isPlain(raw)) {
            return new BigDecimal(raw); // the common case: "0.35"
        }
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
        if (text.isEmpty() || text.length() > 6 || !isDigits(text, 0, text.length())) {
            throw new CellProblem("'" + raw + "' is not a number of hours — write whole hours such as 48");
        }
        return Integer.parseInt(text) * factor;
    }

    /** Digits exactly as written; a number Excel shortened to 6.9E+12 has lost its digits and is refused. */
    static String barcode(String raw) {
        String text = raw.strip();
        if ((text.indexOf('e') >= 0 || text.indexOf('E') >= 0) && SCIENTIFIC.matcher(text).matches()) {
            throw new CellProblem("'" + raw + "' is a barcode Excel shortened to a number and its digits are lost — "
                    + "format the column as Text and type the full barcode again");
        }
        return text;
    }

    /** "服装>男装>T恤", "服装/男装/T恤" and "服装 › 男装 › T恤" all become "服装/男装/T恤". */
    static String category(String raw) {
        String text = raw.strip();
        List<String> kept = split(anyOf(text, CATEGORY_ARROWS) ? CATEGORY_ARROWS : CATEGORY_SLASHES, text);
        return kept.size() == 1 ? kept.get(0) : String.join("/", kept);
    }

    static List<String> list(String raw) {
        return split(LIST, raw);
    }

    static List<String> tags(String raw) {
        return split(TAG_LIST, raw);
    }

    /** As {@link #media(String, Path, MediaRoots)} with no media roots configured. */
    static String media(String raw, Path folder) {
        return media(raw, folder, NO_ROOTS);
    }

    /**
     * A URL stays as written; a path is made absolute, a relative one against the imported file's folder,
     * and must stay in that folder or under a media root: a merchant's spreadsheet names its own photos,
     * never another file of the runtime's user.
     */
    static String media(String raw, Path folder, MediaRoots roots) {
        String text = raw.strip();
        if (isUrl(text) || WINDOWS_ABSOLUTE.matcher(text).matches()) {
            return text;
        }
        Path path;
        try {
            path = folder.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CellProblem("'" + raw + "' is neither a URL nor a file path — write https://… or a path "
                    + "relative to the spreadsheet's folder");
        }
        roots.refusalAtImport(path, folder).ifPresent(refusal -> {
            throw new CellProblem("'" + text + "' " + refusal);
        });
        return path.toString();
    }

    static List<String> mediaList(String raw, Path folder, MediaRoots roots) {
        List<String> items = list(raw);
        List<String> resolved = new ArrayList<>(items.size());
        for (String item : items) {
            resolved.add(media(item, folder, roots));
        }
        return resolved;
    }

    /** The items between separators, each stripped, blank ones left out. */
    private static List<String> split(String separators, String raw) {
        List<String> items = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || separators.indexOf(raw.charAt(i)) >= 0) {
                if (i > start) {
                    String item = raw.substring(start, i);
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                start = i + 1;
            }
        }
        return items;
    }

    private static boolean anyOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #URL} matches, without a regex: a scheme and "://", or "data:", and no line break after. */
    static boolean isUrl(String text) {
        int end;
        if (text.startsWith("data:")) {
            end = 5;
        } else {
            int colon = text.indexOf("://");
            if (colon <= 0 || !isAsciiLetter(text.charAt(0))) {
                return false;
            }
            for (int i = 1; i < colon; i++) {
                char c = text.charAt(i);
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                    return false;
                }
            }
            end = colon + 3;
        }
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // as '.' in the pattern, which matches no line terminator
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether {@link #PLAIN} matches, without a regex: digits with a decimal point between or before them. */
    static boolean isPlain(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return !text.isEmpty() && isDigits(text, 0, text.length());
        }
        return dot + 1 < text.length() && isDigits(text, 0, dot) && isDigits(text, dot + 1, text.length());
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The decimal a number's text means, with properly grouped thousands separators; null when it is none. */
    private static BigDecimal decimal(String text) {
        if (isPlain(text)) {
            return new BigDecimal(text);
        }
        if (text.indexOf(',') > 0 && THOUSANDS.matcher(text).matches()) {
            return new BigDecimal(text.replace(",", ""));
        }
        return null;
    }

    private static String strip(String raw) {
        return raw.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }
}
