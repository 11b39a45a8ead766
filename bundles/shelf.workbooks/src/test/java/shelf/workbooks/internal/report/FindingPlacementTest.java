package shelf.workbooks.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.workbooks.internal.report.ReportFixture.finding;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

class FindingPlacementTest {
    @Test
    void aCellWithSeveralFindingsTakesTheWorstAndTheRowsComeInOrder() {
        Finding info = finding("a", Severity.INFO, "B-1", "", "title", new SourceCell("表.xlsx", "商品", 12, 2), "m");
        Finding error = finding("b", Severity.ERROR, "B-1", "", "title", new SourceCell("表.xlsx", "商品", 12, 2), "m");
        Finding early = finding("c", Severity.WARNING, "C-1", "", "title", new SourceCell("表.xlsx", "商品", 3, 0), "m");
        FindingPlacement placement = of(List.of(info, error, early), "表.xlsx", "商品");
        assertEquals(List.of("3:1 WARNING", "12:2 ERROR"), feed(placement, 14, 0, "x"));
        assertEquals("A3", placement.at(early), "a finding with a row only goes on the row's first cell");
    }

    private static final Finding ON_ROW_9 = finding("price.x", Severity.ERROR, "A-1", "A-1-1", "salePrice",
            new SourceCell("表.xlsx", "商品", 9, 4), "m");
    private static final Finding PRODUCT = finding("image.missing", Severity.WARNING, "A-1", "", "images", null, "m");

    private static FindingPlacement of(List<Finding> findings, String file, String sheet) {
        FindingPlacement.Builder builder = new FindingPlacement.Builder(file, sheet);
        findings.forEach(builder::add);
        return builder.build();
    }

    /** Feeds rows 1..last (skipping {@code absent}) and returns "row:column code" of every mark, in order. */
    private static List<String> feed(FindingPlacement placement, int last, int absent, String spuCell) {
        List<String> marks = new ArrayList<>();
        for (int row = 1; row <= last; row++) {
            if (row == absent) {
                continue;
            }
            placement.lookForProducts(row, List.of(row == 6 ? spuCell : "x" + row, "y"));
            placement.takeUpTo(row).forEach((r, cells) -> cells.forEach((c, fs) -> marks.add(r + ":" + c + " " + fs)));
        }
        placement.lookForProducts(Integer.MAX_VALUE, List.of());
        placement.takeUpTo(Integer.MAX_VALUE).forEach((r, cells) -> cells.forEach((c, fs) -> marks.add(r + ":" + c + " " + fs)));
        return marks;
    }

    @Test
    void aProductFindingGoesToTheFirstRowHoldingItsSpuCode() {
        FindingPlacement placement = of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("6:1 WARNING", "9:4 ERROR"), feed(placement, 12, 0, " A-1 "));
        assertEquals("A6", placement.at(PRODUCT));
        assertEquals("D9", placement.at(ON_ROW_9));
        assertEquals(0, placement.unplaced());
    }

    @Test
    void whenNoCellHoldsTheSpuCodeTheRowAnotherFindingNamesServes() {
        FindingPlacement placement = of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("9:1 WARNING", "9:4 ERROR"), feed(placement, 12, 0, "A-2"));
        assertEquals("A9", placement.at(PRODUCT));
        FindingPlacement gone = of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("9:1 WARNING", "9:4 ERROR"), feed(gone, 12, 9, "A-2"), "row 9 no longer in the file");
    }

    @Test
    void cellsOfAnotherFileOrSheetAreNotThisFilesCells() {
        Finding otherFile = finding("t", Severity.INFO, "A-1", "", "title", new SourceCell("旧表.xlsx", "商品", 3, 2), "m");
        Finding otherSheet = finding("u", Severity.INFO, "A-1", "", "title", new SourceCell("表.xlsx", "Sheet2", 3, 2), "m");
        Finding noSpu = finding("v", Severity.INFO, "", "", "", null, "m");
        FindingPlacement placement = of(List.of(otherFile, otherSheet, noSpu), "/home/op/表.xlsx", "商品");
        assertEquals(List.of("6:1 INFO"), feed(placement, 8, 0, "A-1"));
        assertEquals("A6", placement.at(otherFile));
        assertEquals("A6", placement.at(otherSheet));
        assertEquals(null, placement.at(noSpu));
        assertEquals(1, placement.unplaced());
    }
}
