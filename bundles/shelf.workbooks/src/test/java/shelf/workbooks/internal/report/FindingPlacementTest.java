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
    private static final Finding ON_ROW_9 = finding("price.x", Severity.ERROR, "A-1", "A-1-1", "salePrice",
            new SourceCell("表.xlsx", "商品", 9, 4), "m");
    private static final Finding PRODUCT = finding("image.missing", Severity.ERROR, "A-1", "", "images", null, "m");

    /** Feeds rows 1..last (skipping {@code absent}) and returns "row:column code" of every mark, in order. */
    private static List<String> feed(FindingPlacement placement, int last, int absent, String spuCell) {
        List<String> marks = new ArrayList<>();
        for (int row = 1; row <= last; row++) {
            if (row == absent) {
                continue;
            }
            placement.lookForProducts(row, List.of(row == 6 ? spuCell : "x" + row, "y"));
            placement.takeUpTo(row).forEach((r, cells) -> cells.forEach((c, fs) -> fs.forEach(f -> marks.add(r + ":" + c + " " + f.code()))));
        }
        placement.lookForProducts(Integer.MAX_VALUE, List.of());
        placement.takeUpTo(Integer.MAX_VALUE).forEach((r, cells) -> cells.forEach((c, fs) -> fs.forEach(f -> marks.add(r + ":" + c + " " + f.code()))));
        return marks;
    }

    @Test
    void aProductFindingGoesToTheFirstRowHoldingItsSpuCode() {
        FindingPlacement placement = FindingPlacement.of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("6:1 image.missing", "9:4 price.x"), feed(placement, 12, 0, " A-1 "));
        assertEquals(List.of(), placement.unplaced());
    }

    @Test
    void whenNoCellHoldsTheSpuCodeTheRowAnotherFindingNamesServes() {
        FindingPlacement placement = FindingPlacement.of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("9:1 image.missing", "9:4 price.x"), feed(placement, 12, 0, "A-2"));
        FindingPlacement gone = FindingPlacement.of(List.of(ON_ROW_9, PRODUCT), "表.xlsx", "商品");
        assertEquals(List.of("9:1 image.missing", "9:4 price.x"), feed(gone, 12, 9, "A-2"), "row 9 no longer in the file");
    }

    @Test
    void cellsOfAnotherFileOrSheetAreNotThisFilesCells() {
        Finding otherFile = finding("t", Severity.INFO, "A-1", "", "title", new SourceCell("旧表.xlsx", "商品", 3, 2), "m");
        Finding otherSheet = finding("u", Severity.INFO, "A-1", "", "title", new SourceCell("表.xlsx", "Sheet2", 3, 2), "m");
        Finding noSpu = finding("v", Severity.INFO, "", "", "", null, "m");
        FindingPlacement placement = FindingPlacement.of(List.of(otherFile, otherSheet, noSpu), "/home/op/表.xlsx", "商品");
        assertEquals(List.of("6:1 t", "6:1 u"), feed(placement, 8, 0, "A-1"));
        assertEquals(List.of(noSpu), placement.unplaced());
    }
}
