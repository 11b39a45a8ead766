package shelf.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;

/**
 * The two other ways Excel saves a workbook: "Strict Open XML Spreadsheet" (an .xlsx with other
 * namespaces) and the binary workbook (.xlsb). Each is read to the same cells as the ordinary .xlsx.
 */
class StrictAndBinaryWorkbookTest {
    /** What the merchant sees in the sheet, whichever way it was saved. */
    private static final List<String> PRODUCTS = List.of(
            "商品!1: 商品编码|商品标题|条形码|销售价|上架日期|库存|在售",
            "商品!2: SPU001|纯棉T恤 男款|6901234567892|59.00|2024-03-15|120|TRUE",
            "商品!3: SPU001|纯棉T恤 男款 黑色|6901234567908|59.50|2024-03-15|80|FALSE");

    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    private RecordingSink read(Path file, ReadOptions options) throws ImportException {
        RecordingSink sink = new RecordingSink();
        importer.read(file, options, sink);
        return sink;
    }

    private static String text(String value) {
        return "<c t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** Styles of {@link HandWrittenWorkbook#STYLES}: 1 is "0.00", 2 the built-in date 14. */
    private static HandWrittenWorkbook xmlWorkbook() {
        return new HandWrittenWorkbook()
                .sheet("说明", "<row r=\"1\">" + text("每行一个SKU") + "</row>", "")
                .sharedStrings("<si><t>商品编码</t></si><si><t>商品标题</t></si><si><t>SPU001</t></si>")
                .sheet("商品", "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>" + text("条形码")
                        + text("销售价") + text("上架日期") + text("库存") + text("在售") + "</row>"
                        + "<row r=\"2\"><c t=\"s\"><v>2</v></c>" + text("纯棉T恤 男款")
                        + "<c><v>6901234567892</v></c><c s=\"1\"><v>59</v></c><c s=\"2\"><v>45366</v></c>"
                        + "<c><v>120</v></c><c t=\"b\"><v>1</v></c></row>"
                        + "<row r=\"3\"><c t=\"s\"><v>2</v></c>" + text("纯棉T恤 男款 黑色")
                        + "<c><v>6901234567908</v></c><c s=\"1\"><v>59.5</v></c><c s=\"2\"><v>45366</v></c>"
                        + "<c><v>80</v></c><c t=\"b\"><v>0</v></c></row>", "");
    }

    private static HandWrittenBinaryWorkbook binaryWorkbook() {
        HandWrittenBinaryWorkbook workbook = new HandWrittenBinaryWorkbook();
        workbook.sheet("说明").row(1).inlineText(1, "每行一个SKU");
        // row 3's title is rich text kept in the cell; the rest of the text is shared, as Excel saves it
        int price = workbook.style("0.00");
        int day = workbook.style(14);
        workbook.sheet("商品").row(1).text(1, "商品编码").text(2, "商品标题").text(3, "条形码").text(4, "销售价")
                .text(5, "上架日期").text(6, "库存").text(7, "在售")
                .row(2).text(1, "SPU001").text(2, "纯棉T恤 男款").number(3, 6901234567892d, 0).number(4, 59, price)
                .number(5, 45366, day).number(6, 120, 0).bool(7, true)
                .row(3).text(1, "SPU001").richText(2, "纯棉T恤 男款 黑色").number(3, 6901234567908d, 0)
                .number(4, 59.5, price).number(5, 45366, day).number(6, 80, 0).bool(7, false);
        return workbook;
    }

    @Test
    void aStrictOpenXmlWorkbookIsReadAsTheOrdinaryOne() throws Exception {
        Path strict = xmlWorkbook().strict().write(dir, "严格.xlsx");
        Path ordinary = xmlWorkbook().write(dir, "普通.xlsx");
        RecordingSink sink = read(strict, new ReadOptions("商品", 1024));
        assertEquals(PRODUCTS, sink.rows);
        assertEquals(List.of(), sink.errors);
        assertEquals(read(ordinary, new ReadOptions("商品", 1024)).rows, sink.rows);
    }

    @Test
    void everySheetOfAStrictWorkbookIsReadInOrder() throws Exception {
        Path file = xmlWorkbook().strict().write(dir, "严格.xlsx");
        assertEquals(List.of("说明", "商品"), read(file, ReadOptions.defaults()).sheets);
    }

    @Test
    void aBinaryWorkbookIsRead() throws Exception {
        Path file = binaryWorkbook().write(dir, "商品表.xlsb");
        assertTrue(importer.accepts(file));
        RecordingSink sink = read(file, new ReadOptions("商品", 1024));
        assertEquals(PRODUCTS, sink.rows);
        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("说明!1: 每行一个SKU"), read(file, new ReadOptions("说明", 1024)).rows);
    }

    @Test
    void aBinaryWorkbookNamedXlsxIsReadForWhatItIs() throws Exception {
        Path file = binaryWorkbook().write(dir, "商品表.xlsx");
        assertEquals(PRODUCTS, read(file, new ReadOptions("商品", 1024)).rows);
    }

    @Test
    void aBinaryWorkbookCountingDatesFrom1904ShowsTheSameDay() throws Exception {
        HandWrittenBinaryWorkbook workbook = new HandWrittenBinaryWorkbook().date1904();
        workbook.sheet("商品").row(1).number(1, 45366 - 1462, workbook.style(14));
        assertEquals(List.of("商品!1: 2024-03-15"), read(workbook.write(dir, "mac.xlsb"), ReadOptions.defaults()).rows);
    }

    @Test
    void aBinaryWorkbooksErrorCellIsReportedAndAForeignCurrencyKept() throws Exception {
        HandWrittenBinaryWorkbook workbook = new HandWrittenBinaryWorkbook();
        workbook.sheet("商品").row(2).number(1, 1148, workbook.style("\"$\"#,##0.00")).error(2, 0x07);
        RecordingSink sink = read(workbook.write(dir, "美元.xlsb"), ReadOptions.defaults());
        assertEquals(List.of("商品!2: $1148.00"), sink.rows);
        assertEquals(List.of("商品!2,2 #DIV/0!: the cell shows the error #DIV/0! — fix the formula or type the value"),
                sink.errors);
    }

    @Test
    void aBinaryWorkbookRowWiderThanTheLimitIsNamed() throws Exception {
        HandWrittenBinaryWorkbook workbook = new HandWrittenBinaryWorkbook();
        workbook.sheet("商品").row(1).text(1, "商品编码").row(7).number(1, 1, 0).number(5, 5, 0);
        ImportException failure = assertThrows(ImportException.class,
                () -> read(workbook.write(dir, "wide.xlsb"), new ReadOptions("", 3)));
        assertEquals("wide.xlsb row 7: sheet 商品 has cells past column C in this row; at most 3 columns are read"
                + " — delete the extra columns, or check that this is the right file", failure.getMessage());
    }
}
