package shelf.workbooks.internal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * Where each finding shows in the merchant's rows. A finding with a cell of this file goes on that cell; one
 * with only a row goes on the row's first cell; a product-level one without a cell goes on the first cell of
 * its product's first row: the first row where a cell holds its SPU code, or failing that the first row
 * another finding of the product names. Findings whose cell came from another file (the product was imported
 * again since) are placed as product-level ones; those that find no row at all are left for the summary.
 *
 * <p>Built from one pass over the findings ({@link Builder}) without keeping them: a cell is a number and the
 * worst severity of its findings, a product waiting for its row its SPU code, its worst severity and how many
 * findings it has. A million findings take a few megabytes, not the findings' own gigabyte.
 */
final class FindingPlacement {
    private static final int COLUMN_BITS = 20;

    /** The cells this file's findings name, {@link #key} order, and the worst severity of each one's findings. */
    private final long[] cells;
    private final Severity[] cellWorst;
    private int nextCell;
    /** product-level findings whose row is not known yet, by SPU code, in the order they came */
    private final Map<String, Product> bySpu;
    /** row → SPU codes looked for whose other findings name that row first: the place if no cell holds the code */
    private final TreeMap<Integer, List<String>> fallback;
    /** product-level marks not yet taken: row → worst severity, on the row's first cell */
    private final TreeMap<Integer, Severity> productMarks = new TreeMap<>();
    /** where each placed product's findings went: SPU code → row and the order it was placed in */
    private final Map<String, Placed> placed = new HashMap<>();
    private final String file;
    private final String sheet;
    private final int withoutSpu;

    private record Placed(int row, int order) {}

    private static final class Product {
        Severity worst;
        int findings;
    }

    private FindingPlacement(long[] cells, Severity[] cellWorst, Map<String, Product> bySpu,
            TreeMap<Integer, List<String>> fallback, String file, String sheet, int withoutSpu) {
        this.cells = cells;
        this.cellWorst = cellWorst;
        this.bySpu = bySpu;
        this.fallback = fallback;
        this.file = file;
        this.sheet = sheet;
        this.withoutSpu = withoutSpu;
    }

    /** Takes the findings in their order, one at a time. */
    static final class Builder {
        private final String file;
        private final String sheet;
        /** key(row, column) << 2 | severity, one per finding with a cell of this file */
        private long[] marks = new long[1024];
        private int size;
        private Map<String, Integer> firstRow = new HashMap<>();
        private final Map<String, Product> bySpu = new LinkedHashMap<>();
        private int withoutSpu;

        /** @param file the name of the file the batch was imported from; @param sheet the sheet read (empty: any) */
        Builder(String file, String sheet) {
            this.file = file;
            this.sheet = sheet;
        }

        void add(Finding finding) {
            SourceCell source = finding.source();
            if (source != null && source.row() > 0 && sameFile(source, file, sheet)) {
                if (size == marks.length) {
                    marks = Arrays.copyOf(marks, size * 2);
                }
                marks[size++] = key(source.row(), Math.max(1, source.column())) << 2 | finding.severity().ordinal();
                firstRow.merge(finding.spuCode(), source.row(), Math::min);
            } else if (finding.spuCode().isEmpty()) {
                withoutSpu++;
            } else {
                Product product = bySpu.computeIfAbsent(finding.spuCode(), spu -> new Product());
                product.worst = worse(product.worst, finding.severity());
                product.findings++;
            }
        }

        FindingPlacement build() {
            // sorted, a cell's findings are side by side, the worst (lowest ordinal) first
            Arrays.sort(marks, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || marks[i] >>> 2 != marks[i - 1] >>> 2) {
                    distinct++;
                }
            }
            long[] cells = new long[distinct];
            Severity[] worst = new Severity[distinct];
            Severity[] severities = Severity.values();
            for (int i = 0, n = -1; i < size; i++) {
                if (i == 0 || marks[i] >>> 2 != marks[i - 1] >>> 2) {
                    cells[++n] = marks[i] >>> 2;
                    worst[n] = severities[(int) (marks[i] & 3)];
                }
            }
            TreeMap<Integer, List<String>> fallback = new TreeMap<>();
            bySpu.keySet().forEach(spu -> {
                Integer row = firstRow.get(spu);
                if (row != null) {
                    fallback.computeIfAbsent(row, r -> new ArrayList<>()).add(spu);
                }
            });
            // what the rows need is in the placement now; the rest can go while they are written
            firstRow = null;
            marks = null;
            return new FindingPlacement(cells, worst, bySpu, fallback, file, sheet, withoutSpu);
        }
    }

    static long key(int row, int column) {
        return (long) row << COLUMN_BITS | column;
    }

    static int row(long key) {
        return (int) (key >>> COLUMN_BITS);
    }

    static int column(long key) {
        return (int) (key & ((1 << COLUMN_BITS) - 1));
    }

    /**
     * Before a row of the file is written: places the products still looked for whose SPU code is in one of its
     * cells, then those whose fallback row is this one or one before it that the file does not have. After the
     * last row, {@code lookForProducts(Integer.MAX_VALUE, List.of())} places the rest that have a fallback.
     */
    void lookForProducts(int row, List<String> values) {
        if (bySpu.isEmpty()) {
            return;
        }
        for (String value : values) {
            String spu = value.strip();
            Product found = bySpu.remove(spu);
            if (found != null) {
                place(spu, row, found);
            }
        }
        while (!fallback.isEmpty() && fallback.firstKey() <= row) {
            Map.Entry<Integer, List<String>> due = fallback.pollFirstEntry();
            for (String spu : due.getValue()) {
                Product found = bySpu.remove(spu);
                if (found != null) {
                    place(spu, due.getKey(), found);
                }
            }
        }
    }

    /** Takes the marks of every row up to and including {@code row}, in row order: column → worst severity. */
    SortedMap<Integer, TreeMap<Integer, Severity>> takeUpTo(int row) {
        boolean noCells = nextCell == cells.length || row(cells[nextCell]) > row;
        if (noCells && (productMarks.isEmpty() || productMarks.firstKey() > row)) {
            return Collections.emptySortedMap();
        }
        TreeMap<Integer, TreeMap<Integer, Severity>> taken = new TreeMap<>();
        for (; nextCell < cells.length && row(cells[nextCell]) <= row; nextCell++) {
            taken.computeIfAbsent(row(cells[nextCell]), r -> new TreeMap<>()).put(column(cells[nextCell]), cellWorst[nextCell]);
        }
        NavigableMap<Integer, Severity> head = productMarks.headMap(row, true);
        head.forEach((r, severity) -> taken.computeIfAbsent(r, x -> new TreeMap<>()).merge(1, severity, FindingPlacement::worse));
        head.clear();
        return taken;
    }

    /** Where the finding shows ("B7"), once the rows have been placed; null when it found no place. */
    String at(Finding finding) {
        SourceCell source = finding.source();
        if (source != null && source.row() > 0 && sameFile(source, file, sheet)) {
            return new CellReference(source.row() - 1, Math.max(1, source.column()) - 1).formatAsString();
        }
        Placed at = placed.get(finding.spuCode());
        return at == null ? null : new CellReference(at.row() - 1, 0).formatAsString();
    }

    /** The key of the cell the finding shows on, or -1: as {@link #at}. */
    long cellOf(Finding finding) {
        SourceCell source = finding.source();
        if (source != null && source.row() > 0 && sameFile(source, file, sheet)) {
            return key(source.row(), Math.max(1, source.column()));
        }
        Placed at = placed.get(finding.spuCode());
        return at == null ? -1 : key(at.row(), 1);
    }

    /** Whether the finding is about its product rather than a cell of this file (it goes on its row's first cell). */
    boolean productLevel(Finding finding) {
        SourceCell source = finding.source();
        return !(source != null && source.row() > 0 && sameFile(source, file, sheet));
    }

    /** The order products were placed in, which is the order their findings follow the cell's own on a shared cell. */
    int placedOrder(String spu) {
        Placed at = placed.get(spu);
        return at == null ? Integer.MAX_VALUE : at.order();
    }

    /** After the last row: how many findings found no place in the file, for the summary sheet. */
    int unplaced() {
        return withoutSpu + bySpu.values().stream().mapToInt(p -> p.findings).sum();
    }

    private void place(String spu, int row, Product product) {
        productMarks.merge(row, product.worst, FindingPlacement::worse);
        placed.put(spu, new Placed(row, placed.size()));
    }

    private static Severity worse(Severity a, Severity b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
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
