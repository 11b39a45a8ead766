package shelf.catalog.spi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;

/**
 * Where a product's values came from, as one compact text per product. A 100,000-row import records some
 * 2.8 million cells; a row per cell in a table, or a JSON object per product, would cost more than storing
 * the products themselves. So cells are grouped by row, the file and sheet are left out when they are the
 * batch's own, and "skus[SKU-1].salePrice" is written "~0.salePrice" (the product's first SKU).
 *
 * <p>Format: groups separated by RS (U+001E), each "row[GS file GS sheet]" then "US column US path" pairs
 * (US U+001F, GS U+001D). Text containing those control characters falls back to JSON (starts with '{').
 */
public final class SourceCodec {
    static final char RS = '\u001e';
    static final char US = '\u001f';
    private static final char GS = '\u001d';
    private static final Gson GSON = new Gson();

    private SourceCodec() {}

    public static String encode(Map<String, SourceCell> sources, List<Sku> skus, String file, String sheet) {
        if (sources.isEmpty()) {
            return "";
        }
        int n = sources.size();
        String[] paths = new String[n];
        SourceCell[] cells = new SourceCell[n];
        long[] order = new long[n];
        int i = 0;
        for (Map.Entry<String, SourceCell> e : sources.entrySet()) {
            SourceCell cell = e.getValue();
            if (!cell.file().equals(file) || !cell.sheet().equals(sheet) || cell.row() < 0 || cell.row() >= 1 << 29
                    || cell.column() < 0 || cell.column() >= 1 << 18 || n >= 1 << 16) {
                return encodeSorted(sources, skus, file, sheet);
            }
            paths[i] = e.getKey();
            cells[i] = cell;
            order[i] = (long) cell.row() << 34 | (long) cell.column() << 16 | i;
            i++;
        }
        // the common case, every cell in the batch's own file and sheet: sorted as numbers, by row and column
        Arrays.sort(order);
        Map<String, Integer> skuIndex = skuIndex(skus);
        StringBuilder text = new StringBuilder(n * 16);
        int row = -1;
        for (long key : order) {
            int at = (int) (key & 0xFFFF);
            String path = paths[at];
            if (unsafe(path)) {
                return GSON.toJson(sources);
            }
            if (cells[at].row() != row) {
                if (row >= 0) {
                    text.append(RS);
                }
                row = cells[at].row();
                text.append(row);
            }
            text.append(US).append(cells[at].column()).append(US);
            abbreviate(text, path, skuIndex);
        }
        return text.toString();
    }

    private static Map<String, Integer> skuIndex(List<Sku> skus) {
        Map<String, Integer> skuIndex = new HashMap<>(skus.size() * 2);
        for (int i = 0; i < skus.size(); i++) {
            skuIndex.putIfAbsent(skus.get(i).skuCode(), i);
        }
        return skuIndex;
    }

    /** Cells from several files or sheets: grouped by row, file and sheet. */
    private static String encodeSorted(Map<String, SourceCell> sources, List<Sku> skus, String file, String sheet) {
        Map<String, Integer> skuIndex = skuIndex(skus);
        @SuppressWarnings("unchecked")
        Map.Entry<String, SourceCell>[] entries = sources.entrySet().toArray(new Map.Entry[0]);
        Arrays.sort(entries, BY_PLACE);
        StringBuilder text = new StringBuilder(entries.length * 16);
        SourceCell group = null;
        for (Map.Entry<String, SourceCell> e : entries) {
            SourceCell cell = e.getValue();
            if (unsafe(e.getKey()) || unsafe(cell.file()) || unsafe(cell.sheet())) {
                return GSON.toJson(sources);
            }
            if (group == null || !samePlace(group, cell)) {
                if (group != null) {
                    text.append(RS);
                }
                text.append(cell.row());
                if (!cell.file().equals(file) || !cell.sheet().equals(sheet)) {
                    text.append(GS).append(cell.file()).append(GS).append(cell.sheet());
                }
                group = cell;
            }
            text.append(US).append(cell.column()).append(US);
            abbreviate(text, e.getKey(), skuIndex);
        }
        return text.toString();
    }

    /** Grouped by file, sheet and row; the order within is the columns'. */
    private static final Comparator<Map.Entry<String, SourceCell>> BY_PLACE = (a, b) -> {
        SourceCell x = a.getValue();
        SourceCell y = b.getValue();
        int order = Integer.compare(x.row(), y.row());
        if (order == 0) {
            order = x.file().compareTo(y.file());
        }
        if (order == 0) {
            order = x.sheet().compareTo(y.sheet());
        }
        return order != 0 ? order : Integer.compare(x.column(), y.column());
    };

    private static boolean samePlace(SourceCell a, SourceCell b) {
        return a.row() == b.row() && a.file().equals(b.file()) && a.sheet().equals(b.sheet());
    }

    public static Map<String, SourceCell> decode(String text, List<Sku> skus, String file, String sheet) {
        if (text.isEmpty()) {
            return Map.of();
        }
        if (text.charAt(0) == '{') {
            return GSON.fromJson(text, new TypeToken<LinkedHashMap<String, SourceCell>>() {}.getType());
        }
        Map<String, SourceCell> sources = new LinkedHashMap<>();
        for (String group : text.split(String.valueOf(RS))) {
            String[] parts = group.split(String.valueOf(US), -1);
            String[] where = parts[0].split(String.valueOf(GS), -1);
            int row = Integer.parseInt(where[0]);
            String groupFile = where.length == 3 ? where[1] : file;
            String groupSheet = where.length == 3 ? where[2] : sheet;
            for (int i = 1; i + 1 < parts.length; i += 2) {
                sources.put(expand(parts[i + 1], skus),
                        new SourceCell(groupFile, groupSheet, row, Integer.parseInt(parts[i])));
            }
        }
        return sources;
    }

    /**
     * The cell of one path, as {@code decode(text, …).get(path)} answers, without decoding the others: validation
     * asks for the cell of each value with a finding, and a million SKUs' maps of 28 cells each were a quarter of
     * the garbage a validation made.
     *
     * @since 1.1
     */
    public static SourceCell find(String text, String path, List<Sku> skus, String file, String sheet) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.charAt(0) == '{') {
            return decode(text, skus, file, sheet).get(path);
        }
        // only the groups where the path occurs as encode writes it are read, the last first: a map decoded in
        // order keeps the last one
        String written = US + written(path, skus);
        for (int at = text.lastIndexOf(written); at >= 0; ) {
            int groupStart = text.lastIndexOf(RS, at) + 1;
            SourceCell found = findInGroup(text, groupStart, end(text, RS, at, text.length()), path, skus, file, sheet);
            if (found != null) {
                return found;
            }
            at = groupStart == 0 ? -1 : text.lastIndexOf(written, groupStart - 1);
        }
        return null;
    }

    /** The last cell of the group from {@code at} to {@code groupEnd} whose path expands to {@code path}. */
    private static SourceCell findInGroup(String text, int at, int groupEnd, String path, List<Sku> skus, String file,
            String sheet) {
        SourceCell found = null;
        int headEnd = end(text, US, at, groupEnd);
        for (int p = headEnd; p < groupEnd; ) {
            int columnEnd = end(text, US, p + 1, groupEnd);
            if (columnEnd == groupEnd) {
                break;
            }
            int pathEnd = end(text, US, columnEnd + 1, groupEnd);
            if (expandsTo(text, columnEnd + 1, pathEnd, path, skus)) {
                found = cell(text.substring(at, headEnd), Integer.parseInt(text, p + 1, columnEnd, 10), file, sheet);
            }
            p = pathEnd;
        }
        return found;
    }

    /** The path as {@link #abbreviate} writes it for these SKUs. */
    private static String written(String path, List<Sku> skus) {
        if (path.startsWith("~")) {
            return "~" + path;
        }
        if (path.startsWith("skus[")) {
            for (int close = path.indexOf(']', 5); close > 0; close = path.indexOf(']', close + 1)) {
                if (digitAfter(path, close)) {
                    continue;
                }
                for (int i = 0; i < skus.size(); i++) { // the first SKU of the code, as skuIndex keeps
                    String code = skus.get(i).skuCode();
                    if (code.length() == close - 5 && path.startsWith(code, 5)) {
                        return "~" + i + path.substring(close + 1);
                    }
                }
            }
        }
        return path;
    }

    private static int end(String text, char separator, int from, int limit) {
        int at = text.indexOf(separator, from);
        return at < 0 || at > limit ? limit : at;
    }

    private static SourceCell cell(String head, int column, String file, String sheet) {
        String[] where = head.split(String.valueOf(GS), -1);
        return new SourceCell(where.length == 3 ? where[1] : file, where.length == 3 ? where[2] : sheet,
                Integer.parseInt(where[0]), column);
    }

    /** Whether the written path from {@code from} to {@code to} is {@code path} once expanded (see expand). */
    private static boolean expandsTo(String text, int from, int to, String path, List<Sku> skus) {
        if (from == to || text.charAt(from) != '~') {
            return to - from == path.length() && text.regionMatches(from, path, 0, path.length());
        }
        if (from + 1 < to && text.charAt(from + 1) == '~') {
            return to - from - 1 == path.length() && text.regionMatches(from + 1, path, 0, path.length());
        }
        int digits = from + 1;
        while (digits < to && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == from + 1 || !path.startsWith("skus[")) {
            return false;
        }
        int index = Integer.parseInt(text, from + 1, digits, 10);
        if (index >= skus.size()) {
            return false;
        }
        String code = skus.get(index).skuCode();
        int rest = 5 + code.length() + 1;
        return path.length() == rest + to - digits && path.startsWith(code, 5) && path.charAt(rest - 1) == ']'
                && text.regionMatches(digits, path, rest, to - digits);
    }

    private static void abbreviate(StringBuilder text, String path, Map<String, Integer> skuIndex) {
        if (path.startsWith("~")) {
            text.append('~').append(path); // a literal tilde, doubled
            return;
        }
        if (path.startsWith("skus[")) {
            // a SKU code may itself contain ']': try every closing bracket until a known code matches
            for (int close = path.indexOf(']', 5); close > 0; close = path.indexOf(']', close + 1)) {
                Integer index = skuIndex.get(path.substring(5, close));
                if (index != null && !digitAfter(path, close)) {
                    text.append('~').append(index).append(path, close + 1, path.length());
                    return;
                }
            }
        }
        text.append(path);
    }

    /**
     * Whether a digit follows the bracket: "~" and the SKU's index then would read as another index (a code
     * "A]1" beside a code "A"), so the path is written whole.
     */
    private static boolean digitAfter(String path, int close) {
        return close + 1 < path.length() && Character.isDigit(path.charAt(close + 1));
    }

    private static String expand(String path, List<Sku> skus) {
        if (!path.startsWith("~")) {
            return path;
        }
        if (path.startsWith("~~")) {
            return path.substring(1);
        }
        int end = 1;
        while (end < path.length() && Character.isDigit(path.charAt(end))) {
            end++;
        }
        int index = Integer.parseInt(path.substring(1, end));
        return "skus[" + skus.get(index).skuCode() + "]" + path.substring(end);
    }

    static boolean unsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= GS && c <= US) {
                return true;
            }
        }
        return false;
    }
}
