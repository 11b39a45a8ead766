package shelf.workbooks.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;

/**
 * Where each finding shows in the merchant's rows. A finding with a cell of this file goes on that cell; one
 * with only a row goes on the row's first cell; a product-level one without a cell goes on the first cell of
 * its product's first row: the first row where a cell holds its SPU code, or failing that the first row
 * another finding of the product names. Findings whose cell came from another file (the product was imported
 * again since) are placed as product-level ones; those that find no row at all are left for the summary.
 */
final class FindingPlacement {
    /** row → column → findings on that cell, both 1-based as the spreadsheet program shows them */
    private final TreeMap<Integer, TreeMap<Integer, List<Finding>>> marks = new TreeMap<>();
    /** product-level findings whose row is not known yet, by SPU code, in the order they came */
    private final Map<String, List<Finding>> bySpu = new LinkedHashMap<>();
    /** row → SPU codes looked for whose other findings name that row first: the place if no cell holds the code */
    private final TreeMap<Integer, List<String>> fallback = new TreeMap<>();
    private final List<Finding> unplaced = new ArrayList<>();

    private FindingPlacement() {
    }

    /** @param file the name of the file the batch was imported from; @param sheet the sheet read (empty: any) */
    static FindingPlacement of(List<Finding> findings, String file, String sheet) {
        FindingPlacement placement = new FindingPlacement();
        Map<String, Integer> firstRow = new HashMap<>();
        List<Finding> withoutCell = new ArrayList<>();
        for (Finding finding : findings) {
            SourceCell source = finding.source();
            if (source != null && source.row() > 0 && sameFile(source, file, sheet)) {
                placement.mark(source.row(), Math.max(1, source.column()), finding);
                firstRow.merge(finding.spuCode(), source.row(), Math::min);
            } else {
                withoutCell.add(finding);
            }
        }
        for (Finding finding : withoutCell) {
            if (finding.spuCode().isEmpty()) {
                placement.unplaced.add(finding);
            } else {
                placement.bySpu.computeIfAbsent(finding.spuCode(), spu -> new ArrayList<>()).add(finding);
            }
        }
        placement.bySpu.keySet().forEach(spu -> {
            Integer row = firstRow.get(spu);
            if (row != null) {
                placement.fallback.computeIfAbsent(row, r -> new ArrayList<>()).add(spu);
            }
        });
        return placement;
    }

    /**
     * Before a row of the file is written: places the products still looked for whose SPU code is in one of its
     * cells, then those whose fallback row is this one or one before it that the file does not have. After the
     * last row, {@code lookForProducts(Integer.MAX_VALUE, List.of())} places the rest that have a fallback.
     */
    void lookForProducts(int row, List<String> cells) {
        if (bySpu.isEmpty()) {
            return;
        }
        for (String cell : cells) {
            List<Finding> found = bySpu.remove(cell.strip());
            if (found != null) {
                found.forEach(f -> mark(row, 1, f));
            }
        }
        while (!fallback.isEmpty() && fallback.firstKey() <= row) {
            Map.Entry<Integer, List<String>> due = fallback.pollFirstEntry();
            for (String spu : due.getValue()) {
                List<Finding> found = bySpu.remove(spu);
                if (found != null) {
                    found.forEach(f -> mark(due.getKey(), 1, f));
                }
            }
        }
    }

    /** Takes the marks of every row up to and including {@code row}, in row order. */
    SortedMap<Integer, TreeMap<Integer, List<Finding>>> takeUpTo(int row) {
        if (marks.isEmpty() || marks.firstKey() > row) {
            return java.util.Collections.emptySortedMap();
        }
        NavigableMap<Integer, TreeMap<Integer, List<Finding>>> head = marks.headMap(row, true);
        SortedMap<Integer, TreeMap<Integer, List<Finding>>> taken = new TreeMap<>(head);
        head.clear();
        return taken;
    }

    /** After the last row: the findings that found no place in the file, for the summary sheet. */
    List<Finding> unplaced() {
        List<Finding> all = new ArrayList<>(unplaced);
        bySpu.values().forEach(all::addAll);
        return all;
    }

    private void mark(int row, int column, Finding finding) {
        marks.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(finding);
    }

    private static boolean sameFile(SourceCell source, String file, String sheet) {
        return name(source.file()).equals(name(file)) && (sheet.isEmpty() || source.sheet().equals(sheet));
    }

    /** The last part of a path as the catalogue stores it ("商品表.xlsx"), whichever separator it uses. */
    private static String name(String path) {
        String p = path == null ? "" : path;
        return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
    }
}
