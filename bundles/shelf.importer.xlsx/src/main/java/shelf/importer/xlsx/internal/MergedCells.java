package shelf.importer.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The merged regions of a sheet, and their values spread over every cell they cover, as the user sees
 * one big cell. Excel lists merges after the rows, so {@link #read} makes a quick pass over the sheet
 * part first: it only looks for the end of sheetData, byte by byte, and parses what follows.
 */
final class MergedCells {
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REF = "ref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA = "sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_REGIONS = 1_000_000;

    static final MergedCells NONE = new MergedCells(List.of());

    private static final class Region {
        final int firstRow;
        final int firstColumn;
        final int lastRow;
        final int lastColumn;
        String value = "";

        Region(int firstRow, int firstColumn, int lastRow, int lastColumn) {
            this.firstRow = firstRow;
            this.firstColumn = firstColumn;
            this.lastRow = lastRow;
            this.lastColumn = lastColumn;
        }
    }

    private final List<Region> regions;
    private final List<Region> active = new ArrayList<>();
    private int next;

    private MergedCells(List<Region> regions) {
        this.regions = regions;
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /** Takes in the regions that reach the row and lets go of those that ended before it. */
    void startRow(int row) {
        while (next < regions.size() && regions.get(next).firstRow <= row) {
            active.add(regions.get(next++));
        }
        active.removeIf(region -> region.lastRow < row);
    }

    /** The last row in a run of missing rows from {@code from} that a merged value still covers, or from - 1. */
    int coveredThrough(int from) {
        int last = from - 1;
        for (Region region : active) {
            if (region.firstRow < from && !region.value.isEmpty()) {
                last = Math.max(last, region.lastRow);
            }
        }
        return last;
    }

    /**
     * Records the values of regions starting at this row and spreads the active ones over it; returns
     * the row, widened when a region reaches past its last cell. Empty cells may be null.
     */
    String[] fill(int row, String[] cells, int maxColumns) {
        String[] result = cells;
        for (Region region : active) {
            if (region.firstRow == row) {
                String topLeft = region.firstColumn <= result.length ? result[region.firstColumn - 1] : null;
                region.value = topLeft == null ? "" : topLeft;
            }
            if (region.value.isEmpty() || region.lastRow < row) {
                continue;
            }
            int last = Math.min(region.lastColumn, maxColumns);
            if (last > result.length) {
                result = Arrays.copyOf(result, last);
            }
            for (int c = region.firstColumn; c <= last; c++) {
                result[c - 1] = region.value;
            }
        }
        return result;
    }

    static MergedCells read(InputStream in, String part) throws IOException {
        byte[] buf = new byte[1 << 16];
        int keep = 0;
        while (true) {
            int read = in.readNBytes(buf, keep, buf.length - keep);
            int limit = keep + read;
            int end = endOfSheetData(buf, limit);
            if (end >= 0) {
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, end, limit - end), in);
                return new MergedCells(regions(new XmlScanner(rest, part)));
            }
            if (read == 0 || Thread.currentThread().isInterrupted()) {
                return NONE;
            }
            // keep a tail so a marker split between two reads is still found
            keep = Math.min(limit, 32);
            System.arraycopy(buf, limit - keep, buf, 0, keep);
        }
    }

    /** Index just past "&lt;/sheetData&gt;" (any prefix) or "&lt;sheetData/&gt;", or -1. */
    private static int endOfSheetData(byte[] b, int limit) {
        for (int i = 2; i + SHEET_DATA.length + 1 < limit; i++) {
            if (b[i] != 's' || b[i + 4] != 't' || b[i + 5] != 'D' || !matches(b, i, SHEET_DATA)) {
                continue;
            }
            int after = i + SHEET_DATA.length;
            if (b[after] == '/' && b[after + 1] == '>' && isTagStart(b, i)) {
                return after + 2;
            }
            if (b[after] == '>' && isEndTagStart(b, i)) {
                return after + 1;
            }
        }
        return -1;
    }

    private static boolean isTagStart(byte[] b, int nameStart) {
        int i = nameStart - 1;
        if (b[i] == ':') {
            while (i > 0 && b[i - 1] != '<' && b[i - 1] != '/' && b[i - 1] != '>') {
                i--;
            }
        }
        return b[i - 1] == '<' || b[i] == '<';
    }

    private static boolean isEndTagStart(byte[] b, int nameStart) {
        int i = nameStart - 1;
        if (b[i] == ':') {
            while (i > 1 && b[i - 1] != '/' && b[i - 1] != '<' && b[i - 1] != '>') {
                i--;
            }
            i--;
        }
        return b[i] == '/' && i > 0 && b[i - 1] == '<';
    }

    private static boolean matches(byte[] b, int at, byte[] pattern) {
        for (int k = 0; k < pattern.length; k++) {
            if (b[at + k] != pattern[k]) {
                return false;
            }
        }
        return true;
    }

    private static List<Region> regions(XmlScanner xml) throws IOException {
        List<Region> regions = new ArrayList<>();
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.START && xml.is(MERGE_CELL) && xml.attribute(REF)) {
                Region region = region(xml.buffer(), xml.valueStart(), xml.valueEnd());
                if (region != null) {
                    if (regions.size() == MAX_REGIONS) {
                        throw new TooLargeException("the list of merged cells of a sheet");
                    }
                    regions.add(region);
                }
            }
        }
        regions.sort(Comparator.comparingInt(region -> region.firstRow));
        return regions;
    }

    /** "B2:D4" as a region; null for a malformed reference, which is ignored like Excel does. */
    private static Region region(byte[] b, int from, int to) {
        int colon = from;
        while (colon < to && b[colon] != ':') {
            colon++;
        }
        if (colon == to) {
            return null;
        }
        int firstColumn = CellReference.column(b, from, colon);
        int firstRow = CellReference.row(b, from, colon);
        int lastColumn = CellReference.column(b, colon + 1, to);
        int lastRow = CellReference.row(b, colon + 1, to);
        if (firstColumn <= 0 || lastColumn < firstColumn || firstRow <= 0 || lastRow < firstRow) {
            return null;
        }
        return new Region(firstRow, firstColumn, lastRow, lastColumn);
    }
}
