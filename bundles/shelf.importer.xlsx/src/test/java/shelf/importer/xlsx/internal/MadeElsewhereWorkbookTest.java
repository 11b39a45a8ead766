package shelf.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ReadOptions;

/** Workbooks another tool wrote (src/test/resources/made-elsewhere, with how each was made). */
class MadeElsewhereWorkbookTest {
    private static final List<String> ROWS = List.of(
            "商品!1: 商品编码|商品标题|类目|SKU编码|销售价|库存|上架日期",
            "商品!2: SJ-1|纯棉圆领T恤|服饰鞋包/女装/T恤|SJ-1-A|59.00|10|2026-11-26",
            "商品!3: SJ-1|纯棉圆领T恤|服饰鞋包/女装/T恤|SJ-1-B|59.50|0|2026-11-26",
            "商品!4: SJ-2|陶瓷马克杯 350ml|家居日用/餐具|SJ-2-A|19.90|120|2026-11-27");

    @TempDir
    Path dir;

    @Test
    void aBinaryWorkbookSheetJsWroteWithShortCellRecordsIsReadCellForCell() throws Exception {
        RecordingSink sink = new RecordingSink();
        new XlsxImporter().read(resource("products-sheetjs.xlsb"), new ReadOptions("商品", 1024), sink);
        assertEquals(ROWS, sink.rows);
        assertEquals(List.of(), sink.errors);
    }

    @Test
    void theSameFileNamedXlsxIsReadForWhatItIs() throws Exception {
        Path renamed = Files.copy(resource("products-sheetjs.xlsb"), dir.resolve("商品.xlsx"));
        RecordingSink sink = new RecordingSink();
        new XlsxImporter().read(renamed, new ReadOptions("商品", 1024), sink);
        assertEquals(ROWS, sink.rows);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(MadeElsewhereWorkbookTest.class.getResource("/made-elsewhere/" + name).toURI());
    }
}
