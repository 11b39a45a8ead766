package shelf.importer.xlsx.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency a number format shows, when it is not the yuan. Decorations of a format are dropped from the value
 * shown (grouping, "元", "¥"), but a price formatted in dollars must not reach the catalogue as that many yuan:
 * its sign is kept, so the importer can say what is wrong.
 */
final class ForeignCurrency {
    // [$SYMBOL-LCID] or [$SYMBOL]: Excel's currency with a locale; LCID 411 is Japanese, whose ¥ is the yen
    private static final Pattern LOCALE_TAG = Pattern.compile("\\[\\$([^\\]-]+)(?:-([0-9A-Fa-f]+))?\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final String SIGNS = "$€£₩₹₽";

    private ForeignCurrency() {}

    /** The foreign currency shown by a format's first section, or null for none or the yuan. */
    static String of(String section) {
        Matcher tag = LOCALE_TAG.matcher(section);
        if (tag.find()) {
            String symbol = tag.group(1);
            String locale = tag.group(2) == null ? "" : tag.group(2).replaceFirst("^0+", "");
            if (locale.equals("411") && (symbol.equals("¥") || symbol.equals("￥"))) {
                return "JP¥";
            }
            return isYuan(symbol) ? null : symbol;
        }
        Matcher quoted = QUOTED.matcher(section);
        while (quoted.find()) {
            String text = quoted.group(1).strip();
            if (!text.isEmpty() && text.chars().anyMatch(c -> SIGNS.indexOf(c) >= 0)) {
                return text;
            }
        }
        String unquoted = QUOTED.matcher(section).replaceAll("");
        for (int i = 0; i < unquoted.length(); i++) {
            char c = unquoted.charAt(i);
            if (c == '\\') {
                i++;
            } else if (SIGNS.indexOf(c) >= 0) {
                return String.valueOf(c);
            }
        }
        return null;
    }

    /** "$1148.00", "-$5.00": the sign where Excel puts it. */
    static String shown(String currency, String number) {
        return number.startsWith("-") ? "-" + currency + number.substring(1) : currency + number;
    }

    private static boolean isYuan(String symbol) {
        return switch (symbol.strip()) {
            case "¥", "￥", "元", "CNY", "RMB" -> true;
            default -> false;
        };
    }
}
