package shelf.api.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void chineseTextTakesTwoColumnsSoTheNextColumnLinesUp() {
        Table table = new Table("编码", "标题", "库存");
        table.row("A1", "纯棉T恤", 12);
        table.row("B-200", "shirt", 3);

        assertEquals("""
                编码   标题     库存
                A1     纯棉T恤  12
                B-200  shirt    3
                """, table.toString());
    }

    @Test
    void widthCountsWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertEquals(4, Table.width("商品"));
        assertEquals(4, Table.width("ＡＢ"));
        assertEquals(1, Table.width("e\u0301"));
        assertEquals(6, Table.width("bundle"));
    }

    @Test
    void nullCellsShowEmptyAndARowOfTheWrongSizeIsRefused() {
        Table table = new Table("a", "b");
        table.row(null, "x");
        assertEquals("a  b\n   x\n", table.toString());
        assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
    }
}
