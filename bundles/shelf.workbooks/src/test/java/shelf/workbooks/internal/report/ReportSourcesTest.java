package shelf.workbooks.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.workbooks.internal.report.ReportFixture.finding;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.SourceCell;
import shelf.api.importer.ImportException;
import shelf.api.importer.FindingReport.Written;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;

/** Reports of files that are not the default workbook: formula-like text, a GB18030 CSV, a file gone. */
class ReportSourcesTest {
    @TempDir
    Path dir;
    final ReportFixture shelf = new ReportFixture();

    @Test
    void textThatLooksLikeAFormulaComesBackAsTextAndNothingRuns() throws Exception {
        Path file = dir.resolve("手机号.xlsx");
        List<String> hostile = List.of("=1+1", "+8613800138000", "-5", "@x", "=HYPERLINK(\"http://evil.example\",\"点我\")",
                "\tcmd", "=cmd|' /C calc'!A0");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("商品");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("商品编码");
            header.createCell(1).setCellValue("备注");
            for (int i = 0; i < hostile.size(); i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("SPU" + i);
                row.createCell(1).setCellValue(hostile.get(i));
            }
            workbook.write(out);
        }
        shelf.batch(1, file, "商品", "m1");
        shelf.validated(1, "", List.of(
                finding("note.formula", Severity.ERROR, "=1+1", "-5", "=field", new SourceCell("手机号.xlsx", "商品", 2, 2),
                        "=cmd|' /C calc'!A0"),
                finding("note.phone", Severity.WARNING, "SPU1", "", "备注", new SourceCell("手机号.xlsx", "商品", 3, 2), "+86 不是价格")));

        Written written = shelf.service.write(Subject.SYSTEM, 1, "", dir, dir.resolve("报告.xlsx"));
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            for (int i = 0; i < hostile.size(); i++) {
                XSSFCell cell = ReportView.cell(rows, "B" + (i + 2));
                assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().formatAsString());
                assertEquals(hostile.get(i), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote-prefixed, so editing keeps it text: " + hostile.get(i));
            }
            XSSFCell plain = ReportView.cell(rows, "A2");
            assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is not");
            XSSFSheet summary = report.sheet("问题汇总");
            assertEquals(Map.of("B2", "错误 note.formula：=cmd|' /C calc'!A0", "B3", "警告 note.phone：+86 不是价格"),
                    ReportView.notes(rows));
            assertEquals(0, report.formulaCells());
            String xml = report.worksheetXml();
            assertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula element in any sheet");
            assertTrue(ReportView.rows(summary).contains(List.of("=1+1", "-5", "=field", "B2", "note.formula", "错误",
                    "=cmd|' /C calc'!A0", "base@1.0.0")));
        }
    }

    @Test
    void aGb18030CsvBatchComesBackOnSheet商品() throws Exception {
        Path file = dir.resolve("商品.csv");
        Files.write(file, "商品编码,商品标题,销售价\nSPU001,纯棉T恤 全网最低,12.50\nSPU002,牛仔裤 修身,abc\n"
                .getBytes(Charset.forName("GB18030")));
        shelf.batch(2, file, "", "m1");
        shelf.validated(2, "", List.of(
                finding("title.banned-word", Severity.ERROR, "SPU001", "", "title", new SourceCell("商品.csv", "", 2, 2),
                        "标题含有广告法禁用词“全网最低”"),
                finding("price.invalid", Severity.WARNING, "SPU002", "SPU002", "skus[SPU002].salePrice",
                        new SourceCell("商品.csv", "", 3, 3), "销售价不是数字")));

        Written written = shelf.service.write(Subject.SYSTEM, 2, "", dir.resolve("商品.csv"), dir.resolve("商品-问题.xlsx"));
        assertEquals(2, written.cells());
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            assertEquals(List.of(List.of("商品编码", "商品标题", "销售价"), List.of("SPU001", "纯棉T恤 全网最低", "12.50"),
                    List.of("SPU002", "牛仔裤 修身", "abc")), ReportView.rows(rows));
            assertEquals(Map.of("B2", "FFC7CE", "C3", "FFEB9C"), ReportView.fills(rows));
            assertEquals(List.of("问题汇总", "商品"), List.of(report.workbook.getSheetName(0), report.workbook.getSheetName(1)));
        }
    }

    @Test
    void aSourceThatIsGoneIsNamedInOneLine() throws Exception {
        Path file = dir.resolve("商品表.xlsx");
        shelf.batch(3, file, "商品", "m1");
        shelf.validated(3, "", List.of());
        ImportException gone = assertThrows(ImportException.class, () -> shelf.service.write(Subject.SYSTEM, 3, "", dir, dir.resolve("报告.xlsx")));
        assertEquals("商品表.xlsx: batch 3 was imported from this file, and it is not in " + dir
                + " — run report in the folder that holds it, or name it with --source FILE", gone.getMessage());
        ImportException named = assertThrows(ImportException.class,
                () -> shelf.service.write(Subject.SYSTEM, 3, "", dir.resolve("改名.xlsx"), dir.resolve("报告.xlsx")));
        assertEquals("改名.xlsx: there is no such file in " + dir + " — check the name and folder", named.getMessage());
        assertFalse(Files.exists(dir.resolve("报告.xlsx")));
    }

    @Test
    void aFileTheImporterCannotReadLeavesTheLastReportAsItWas() throws Exception {
        Path file = dir.resolve("商品表.xlsx");
        Files.writeString(file, "not a workbook");
        shelf.batch(9, file, "商品", "m1");
        shelf.validated(9, "", List.of());
        Files.writeString(dir.resolve("报告.xlsx"), "the last report");
        ImportException unreadable = assertThrows(ImportException.class,
                () -> shelf.service.write(Subject.SYSTEM, 9, "", dir, dir.resolve("报告.xlsx")));
        assertTrue(unreadable.getMessage().startsWith("商品表.xlsx: "), unreadable.getMessage());
        assertEquals("the last report", Files.readString(dir.resolve("报告.xlsx")));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("商品表.xlsx", "报告.xlsx"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial report left behind");
        }
    }

    @Test
    void refusesWhatCannotBeAReport() throws Exception {
        Path file = dir.resolve("商品.csv");
        Files.writeString(file, "商品编码\nSPU001\n");
        shelf.batch(4, file, "", "m1");
        assertEquals("batch 4 has not been validated — run validate 4 first",
                assertThrows(IllegalArgumentException.class, () -> shelf.service.write(Subject.SYSTEM, 4, "", dir, dir.resolve("r.xlsx"))).getMessage());
        shelf.validated(4, "", List.of());
        assertEquals("no batch 5 — see batch:list",
                assertThrows(IllegalArgumentException.class, () -> shelf.service.write(Subject.SYSTEM, 5, "", dir, dir.resolve("r.xlsx"))).getMessage());
        assertEquals("r.csv does not end in .xlsx — Excel would not open it: write --out r.csv.xlsx",
                assertThrows(IllegalArgumentException.class, () -> shelf.service.write(Subject.SYSTEM, 4, "", dir, dir.resolve("r.csv"))).getMessage());
        Path xlsx = dir.resolve("表.xlsx");
        Files.copy(dir.resolve("商品.csv"), dir.resolve("x.csv"));
        shelf.batch(6, xlsx, "商品", "m1");
        shelf.validated(6, "", List.of());
        Files.writeString(xlsx, "not read");
        assertEquals("表.xlsx is the merchant's file the report reads — name another --out",
                assertThrows(IllegalArgumentException.class, () -> shelf.service.write(Subject.SYSTEM, 6, "", dir, xlsx)).getMessage());
        assertEquals("not read", Files.readString(xlsx));
    }

    @Test
    void aReportOfNoFindingsSaysSo() throws Exception {
        Path file = dir.resolve("商品.csv");
        Files.writeString(file, "商品编码,商品标题\nSPU001,好衣服\n");
        shelf.batch(8, file, "", "m1");
        shelf.validated(8, "douyin", List.of());
        Written written = shelf.service.write(Subject.SYSTEM, 8, "", dir, dir.resolve("r.xlsx"));
        assertEquals(new Written(dir.resolve("r.xlsx"), "douyin", 0, 0, 0, 0), written);
        try (ReportView report = new ReportView(written.file())) {
            assertTrue(ReportView.rows(report.sheet("问题汇总")).contains(List.of("问题", "0 条，标注于 0 个单元格")));
            assertEquals(Map.of(), ReportView.fills(report.sheet("商品")));
        }
    }
}
