package shelf.shell.internal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import shelf.api.shell.Table;

class ProgressBarTest {

    @Test
    void drawsHowMuchIsDone() {
        assertEquals("import [##########----------]  50% 500/1000",
                ProgressBar.render("import", 500, 1000, 43 + 1));
    }

    @Test
    void neverWiderThanTheTerminalCountingChineseTwice() {
        for (int width : new int[] {20, 40, 80, 200}) {
            String line = ProgressBar.render("导入 商品表-二〇二五年春季女装新品.xlsx", 1234, 5000, width);
            assertTrue(Table.width(line) <= width - 1, width + ": " + line);
        }
    }

    @Test
    void cutsALongTaskNameRatherThanTheBar() {
        String line = ProgressBar.render("导入 商品表-二〇二五年春季女装新品.xlsx", 1, 4, 40);
        assertTrue(line.startsWith("导入 商品"), line);
        assertTrue(line.contains("…"), line);
        assertTrue(line.endsWith("]  25% 1/4"), line);
    }

    @Test
    void aNarrowTerminalDropsTheCountsThenTheBar() {
        assertEquals("import [#####-----]  50% 5/10", ProgressBar.render("import", 5, 10, 30));
        assertEquals("import [#####-----]  50%", ProgressBar.render("import", 5, 10, 25));
        assertEquals("导入 商品表.x…  50%", ProgressBar.render("导入 商品表.xlsx", 5, 10, 20));
    }

    @Test
    void unknownTotalsShowACount() {
        assertEquals("scan … 42", ProgressBar.render("scan", 42, -1, 80));
    }

    @Test
    void doneBeyondTheTotalIsShownAsComplete() {
        assertTrue(ProgressBar.render("x", 12, 10, 60).endsWith("100% 10/10"));
    }

    @Test
    void bytesAreShownAsSizesInTheUnitOfTheTotal() {
        assertEquals("导入 商品表.xlsx [" + "#".repeat(20) + "-".repeat(20) + "]  50% 8.2/16.4 MB",
                ProgressBar.render("导入 商品表.xlsx", 8_592_095, 17_184_190, 80, true));
        assertTrue(ProgressBar.render("x", 512, 2048, 60, true).endsWith(" 25% 0.5/2.0 KB"));
        assertTrue(ProgressBar.render("x", 300, 900, 60, true).endsWith(" 33% 300/900 B"));
        assertEquals("scan … 1.5 MB", ProgressBar.render("scan", 1_572_864, -1, 80, true));
    }
}
