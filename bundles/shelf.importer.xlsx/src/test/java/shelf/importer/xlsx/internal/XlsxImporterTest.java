package shelf.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;

class XlsxImporterTest {
    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    /** A workbook as Excel saves it (shared strings), built with POI's writer. */
    private Path excelWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle price = wb.createCellStyle();
            price.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            XSSFSheet sheet = wb.createSheet("商品");
            XSSFRow header = sheet.createRow(0);
            String[] names = {"商品编码", "商品标题", "条形码", "销售价", "小计", "上架日期", "更新时间", "合计", "在售", "颜色"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("SPU001");
            row.createCell(1).setCellValue("纯棉T恤 男款");
            row.createCell(2).setCellValue(6901234567892d);
            row.createCell(3).setCellValue(12.5);
            row.getCell(3).setCellStyle(price);
            row.createCell(4).setCellValue(0.1 + 0.2);
            row.createCell(5).setCellValue(LocalDateTime.of(2024, 3, 5, 0, 0));
            row.getCell(5).setCellStyle(day);
            row.createCell(6).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30, 0));
            row.getCell(6).setCellStyle(stamp);
            row.createCell(7).setCellFormula("D2*2");
            row.getCell(7).setCellStyle(price);
            row.createCell(8).setCellValue(true);
            XSSFRichTextString rich = new XSSFRichTextString("红色加粗");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(2, 4, bold);
            row.createCell(9).setCellValue(rich);

            // row 3 missing; row 4 sparse: A and C only
            XSSFRow sparse = sheet.createRow(3);
            sparse.createCell(0).setCellValue("SPU002");
            sparse.createCell(2).setCellValue(6901234567908d);
            sparse.createCell(5).setCellErrorValue(FormulaError.DIV0);

            // A6:B7 merged; D9:D11 merged with row 10 absent
            sheet.createRow(5).createCell(0).setCellValue("合并");
            sheet.createRow(6).createCell(2).setCellValue("C7");
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 1));
            sheet.createRow(8).createCell(3).setCellValue("X");
            sheet.createRow(10).createCell(0).setCellValue("A11");
            sheet.addMergedRegion(new CellRangeAddress(8, 10, 3, 3));

            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填写说明");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = dir.resolve("商品表.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    @Test
    void readsEveryValueAsExcelShowsIt() throws Exception {
        RecordingSink sink = new RecordingSink();
        importer.read(excelWorkbook(), ReadOptions.defaults(), sink);

        assertEquals(List.of(
                "商品!1: 商品编码|商品标题|条形码|销售价|小计|上架日期|更新时间|合计|在售|颜色",
                "商品!2: SPU001|纯棉T恤 男款|6901234567892|12.50|0.3|2024-03-05|2024-03-05 14:30:00|25.00|TRUE|红色加粗",
                "商品!4: SPU002||6901234567908",
                "商品!6: 合并|合并",
                "商品!7: 合并|合并|C7",
                "商品!9: |||X",
                "商品!10: |||X",
                "商品!11: A11|||X",
                "说明!1: 填写说明"), sink.rows);
        assertEquals(List.of("商品", "说明"), sink.sheets);
        assertEquals(1, sink.errors.size());
        assertTrue(sink.errors.get(0).startsWith("商品!4,6 #DIV/0!: the cell shows the error #DIV/0!"), sink.errors.get(0));
        assertTrue(sink.lastProgress > 0);
    }

    @Test
    void readsOnlyTheSheetAskedFor() throws Exception {
        RecordingSink sink = new RecordingSink();
        importer.read(excelWorkbook(), new ReadOptions("说明", 1024), sink);
        assertEquals(List.of("说明!1: 填写说明"), sink.rows);
    }

    @Test
    void anUnknownSheetNamesTheSheetsThereAre() throws Exception {
        Path file = excelWorkbook();
        ImportException e = assertThrows(ImportException.class,
                () -> importer.read(file, new ReadOptions("Sheet1", 1024), new RecordingSink()));
        assertEquals("商品表.xlsx: the workbook has no sheet named 'Sheet1' — its sheets are: 商品, 说明", e.getMessage());
    }

    @Test
    void readsInlineStringsAsOpenpyxlWritesThem() throws Exception {
        Path file = new HandWrittenWorkbook().sheet("Sheet", ""
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>商品标题</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>销售价</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>纯棉</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">T恤 &amp; 短裤</t></r></is></c>"
                + "<c r=\"B2\" s=\"1\"><v>12.5</v></c><c r=\"C2\"><v>6901234567892</v></c><c r=\"D2\" s=\"2\"><v>45356</v></c>"
                + "<c r=\"E2\" s=\"3\"><v>45356.604166666664</v></c><c r=\"F2\" s=\"1\"/><c r=\"G2\" t=\"b\"><v>0</v></c></row>"
                + "<row r=\"5\"><c t=\"inlineStr\"><is><t>no r</t></is></c><c t=\"str\"><v>formula text</v></c></row>",
                "").write(dir, "openpyxl.xlsx");
        RecordingSink sink = new RecordingSink();
        importer.read(file, ReadOptions.defaults(), sink);
        assertEquals(List.of(
                "Sheet!1: 商品标题|销售价",
                "Sheet!2: 纯棉T恤 & 短裤|12.50|6901234567892|2024-03-05|2024-03-05 14:30||FALSE",
                "Sheet!5: no r|formula text"), sink.rows);
        assertTrue(sink.errors.isEmpty(), sink.errors.toString());
    }

    @Test
    void sharedStringsSkipPhoneticRunsAndPrefixedPartsReadTheSame() throws Exception {
        String m = HandWrittenWorkbook.MAIN;
        Path file = new HandWrittenWorkbook()
                .sharedStrings("<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
                        + "<si><r><t>红</t></r><r><t>色</t></r></si><si><t><![CDATA[<b>HTML</b>]]></t></si>")
                .rawSheet("x", "<?xml version=\"1.0\"?><!-- written by a .NET tool --><x:worksheet xmlns:x=\"" + m + "\">"
                        + "<x:sheetData><x:row r=\"3\"><x:c r=\"B3\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C3\" t=\"s\"><x:v>1</x:v></x:c>"
                        + "<x:c r=\"D3\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"E3\" t=\"s\"><x:v>7</x:v></x:c></x:row></x:sheetData>"
                        + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"B3:B4\"/></x:mergeCells></x:worksheet>")
                .write(dir, "prefixed.xlsx");
        RecordingSink sink = new RecordingSink();
        importer.read(file, ReadOptions.defaults(), sink);
        assertEquals(List.of("x!3: |東京|红色|<b>HTML</b>"), sink.rows);
        assertEquals(List.of("x!3,5 7: the cell refers to shared text #7, which the workbook does not have — the file is damaged"),
                sink.errors);
    }

    @Test
    void aSharedStringCellWithAnEmptyValueIsBlankNotTheFirstSharedText() throws Exception {
        Path file = new HandWrittenWorkbook()
                .sharedStrings("<si><t>商品编码</t></si><si><t>红色</t></si>")
                .sheet("商品", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v/></c>"
                        + "<c r=\"C1\" t=\"s\"><v></v></c><c r=\"D1\" t=\"s\"/><c r=\"E1\" t=\"s\"><v>1</v></c></row>", "")
                .write(dir, "empty-shared.xlsx");
        RecordingSink sink = new RecordingSink();
        importer.read(file, ReadOptions.defaults(), sink);
        assertEquals(List.of("商品!1: 红色||||红色"), sink.rows);
        assertEquals(List.of(), sink.errors);
    }

    @Test
    void stopsWhenTheSinkSaysSo() throws Exception {
        Path file = excelWorkbook();
        RecordingSink sink = new RecordingSink() {
            @Override
            public boolean row(int row, List<String> cells) {
                super.row(row, cells);
                return rows.size() < 2;
            }
        };
        importer.read(file, ReadOptions.defaults(), sink);
        assertEquals(2, sink.rows.size());
    }

    @Test
    void acceptsWorkbooksByName() throws Exception {
        assertTrue(importer.accepts(dir.resolve("a.xlsx")));
        assertTrue(importer.accepts(dir.resolve("A.XLSM")));
        assertFalse(importer.accepts(dir.resolve("a.csv")));
        assertFalse(importer.accepts(dir.resolve("missing")));
    }
}
