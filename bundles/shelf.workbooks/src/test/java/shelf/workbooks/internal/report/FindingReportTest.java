package shelf.workbooks.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.workbooks.internal.report.ReportFixture.finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.SourceCell;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.finding.Finding;
import shelf.api.importer.FindingReport.Written;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;
import shelf.importer.xlsx.bench.BenchmarkWorkbooks;
import shelf.importer.xlsx.internal.XlsxImporter;

/**
 * Given a merchant's 40-row workbook in the default template and the findings of its last validation, the
 * report shows the same rows with exactly the finding cells highlighted and noted, and a summary in front.
 * Rows: header in row 1, SPU000001 in rows 2–5, SPU000002 in 6–9, …, four SKUs each.
 */
class FindingReportTest {
    private static final String RED = "FFC7CE";
    private static final String AMBER = "FFEB9C";
    private static final String BLUE = "DDEBF7";

    @TempDir
    Path dir;
    Path workbook;
    final ReportFixture shelf = new ReportFixture();

    private final List<Finding> found = new ArrayList<>();

    @BeforeEach
    void merchantsWorkbookValidated() throws Exception {
        workbook = dir.resolve("商品表.xlsx");
        BenchmarkWorkbooks.write(workbook, 40, true);
        Files.setLastModifiedTime(workbook, FileTime.from(Instant.now().minusSeconds(7200))); // before the import
        shelf.batch(7, workbook, "商品", "南极人旗舰店");
        found.add(finding("price.promo-above-sale", Severity.ERROR, "SPU000001", "SPU000001-04", "skus[SPU000001-04].promoPrice",
                cell(5, 17), "促销价高于销售价"));
        found.add(finding("title.banned-word", Severity.WARNING, "SPU000002", "", "title", cell(6, 2), "标题含有广告法禁用词“最”"));
        found.add(finding("title.too-long", Severity.INFO, "SPU000002", "", "title", cell(6, 2), "标题超过60个字符"));
        found.add(finding("video.suggested", Severity.INFO, "SPU000003", "", "video", cell(10, 23), "建议上传视频"));
        found.add(finding("image.missing", Severity.ERROR, "SPU000005", "", "images", null, "缺少主图"));
        found.add(finding("attr.suggested", Severity.WARNING, "SPU000001", "", "attributes.风格", null, "建议填写风格"));
        found.add(finding("title.banned-word", Severity.INFO, "SPU000007", "", "title",
                new SourceCell("旧商品表.xlsx", "商品", 3, 2), "标题含有“第一”"));
        found.add(finding("sku.duplicate-code", Severity.ERROR, "NOPE01", "NOPE01-1", "skus[NOPE01-1].code", null, "SKU编码重复"));
        found.add(finding("field.required", Severity.ERROR, "SPU000010", "", "attributes.产地", cell(60, 3), "必须填写产地"));
        shelf.validated(7, "weidian", found);
    }

    private static SourceCell cell(int row, int column) {
        return new SourceCell("商品表.xlsx", "商品", row, column);
    }

    @Test
    void highlightsExactlyTheFindingCellsBySeverity() throws Exception {
        Written written = shelf.service.write(Subject.SYSTEM, 7, "", dir, dir.resolve("报告.xlsx"));
        assertEquals(new Written(dir.resolve("报告.xlsx"), "weidian", 9, 7, 0, 1), written);
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("A18", RED);   // product-level, SPU000005's first row
            expected.put("A2", AMBER);  // product-level, SPU000001's first row (not row 5 where its SKU finding is)
            expected.put("A26", BLUE);  // its cell came from another file: SPU000007's first row
            expected.put("B6", AMBER);  // a warning and an info on one cell: the worse colours it
            expected.put("C60", RED);   // a row the file no longer has: the cell is there, empty
            expected.put("Q5", RED);
            expected.put("W10", BLUE);  // an empty cell
            assertEquals(new java.util.TreeMap<>(expected), ReportView.fills(rows));
            assertEquals(expected.keySet(), ReportView.notes(rows).keySet());
        }
    }

    @Test
    void theFindingsAreReadFromTheStoreAsTheyPassNotHeldInOneList() throws Exception {
        shelf.streamOnly = true;
        Written written = shelf.service.write(Subject.SYSTEM, 7, "", dir, dir.resolve("报告.xlsx"));
        assertEquals(new Written(dir.resolve("报告.xlsx"), "weidian", 9, 7, 0, 1), written);
        assertEquals(2, shelf.passes, "one pass to count and place, one to list and note");
        try (ReportView report = new ReportView(written.file())) {
            assertEquals(7, ReportView.fills(report.sheet("商品")).size());
            assertEquals("警告 title.banned-word：标题含有广告法禁用词“最”\n提示 title.too-long：标题超过60个字符",
                    ReportView.notes(report.sheet("商品")).get("B6"));
            assertEquals(9, rowsAfter(report.sheet("问题汇总"), "商品编码", 9).size());
        }
    }

    @Test
    void notesNameTheCodeAndMessage() throws Exception {
        Written written = shelf.service.write(Subject.SYSTEM, 7, "weidian", dir, dir.resolve("报告.xlsx"));
        try (ReportView report = new ReportView(written.file())) {
            Map<String, String> notes = ReportView.notes(report.sheet("商品"));
            assertEquals("错误 price.promo-above-sale：促销价高于销售价", notes.get("Q5"));
            assertEquals("警告 title.banned-word：标题含有广告法禁用词“最”\n提示 title.too-long：标题超过60个字符", notes.get("B6"));
            assertEquals("错误 image.missing：缺少主图（商品 SPU000005，字段 images）", notes.get("A18"));
            assertEquals("提示 title.banned-word：标题含有“第一”（商品 SPU000007，字段 title）", notes.get("A26"));
        }
    }

    @Test
    void theRowsAreTheMerchantsOwnAsTheImporterReadsThem() throws Exception {
        Written written = shelf.service.write(Subject.SYSTEM, 7, "", dir, dir.resolve("报告.xlsx"));
        List<List<String>> source = new ArrayList<>();
        new XlsxImporter().read(workbook, new ReadOptions("商品", 1024), new RowSink() {
            public boolean startSheet(String name) { return true; }
            public boolean row(int row, List<String> cells) { source.add(cells); return true; }
            public void cellError(int row, int column, String raw, String reason) { }
            public void progress(long done, long total) { }
        });
        try (ReportView report = new ReportView(written.file())) {
            List<List<String>> rows = ReportView.rows(report.sheet("商品"));
            assertEquals(41, source.size());
            // the marked empty cell W10 is there, empty, as in the file; row 60 past the file's end is added
            assertEquals(source, rows.subList(0, 41));
            assertEquals(60, rows.size());
        }
    }

    @Test
    void summarySheetComesFirstWithBatchCountsAndEveryFinding() throws Exception {
        Written written = shelf.service.write(Subject.SYSTEM, 7, "", dir, dir.resolve("报告.xlsx"));
        try (ReportView report = new ReportView(written.file())) {
            assertEquals("问题汇总", report.workbook.getSheetName(0));
            assertEquals(0, report.workbook.getActiveSheetIndex());
            XSSFSheet summary = report.sheet("问题汇总");
            Map<String, String> facts = new LinkedHashMap<>();
            for (Row row : summary) {
                if (row.getRowNum() >= 1 && row.getRowNum() <= 10 && row.getCell(1) != null) {
                    facts.put(row.getCell(0).getStringCellValue(), text(row, 1));
                }
            }
            assertEquals("7", facts.get("批次"));
            assertEquals("商品表.xlsx（工作表 商品）", facts.get("文件"));
            assertEquals(workbook.toAbsolutePath().toString(), facts.get("读取自"));
            assertEquals("南极人旗舰店", facts.get("商家"));
            assertEquals("weidian", facts.get("渠道"));
            assertEquals("9 条，标注于 7 个单元格", facts.get("问题"));
            assertEquals("1 条问题在文件中找不到对应的行，只列在下面的明细里", facts.get("注意"));

            assertEquals(List.of("错误 4", "警告 2", "提示 3"), rowsAfter(summary, "严重程度", 3));
            assertEquals(List.of("field.required 错误 1", "image.missing 错误 1", "price.promo-above-sale 错误 1",
                    "sku.duplicate-code 错误 1", "title.banned-word 警告 1", "title.banned-word 提示 1", "title.too-long 提示 1",
                    "video.suggested 提示 1", "attr.suggested 警告 1").stream().sorted().toList(),
                    rowsAfter(summary, "问题代码", 9).stream().sorted().toList());
            List<String> list = rowsAfter(summary, "商品编码", 9);
            assertEquals("SPU000001 SPU000001-04 skus[SPU000001-04].promoPrice Q5 price.promo-above-sale 错误 促销价高于销售价 base@1.0.0",
                    list.get(0));
            assertEquals("NOPE01 NOPE01-1 skus[NOPE01-1].code （文件中未找到） sku.duplicate-code 错误 SKU编码重复 base@1.0.0",
                    list.get(7));
            assertEquals("SPU000001  attributes.风格 A2 attr.suggested 警告 建议填写风格 base@1.0.0", list.get(5));
        }
    }

    @Test
    void pastTheMostNotesCellsAreStillHighlightedAndTheSummarySaysSo() throws Exception {
        Written written = ReportWorkbook.write(ReportFixture::read, workbook, shelf.batches.get(7L), "weidian", found, false,
                dir.resolve("报告.xlsx"), 3);
        assertEquals(new Written(dir.resolve("报告.xlsx"), "weidian", 9, 7, 4, 1), written);
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            assertEquals(7, ReportView.fills(rows).size());
            assertEquals(java.util.Set.of("A2", "Q5", "B6"), ReportView.notes(rows).keySet(), "the first three, in row order");
            assertTrue(allText(report.sheet("问题汇总")).contains("单元格太多：后面 4 个标色的单元格没有批注，问题见下面的明细"));
        }
    }

    @Test
    void aFileChangedSinceTheImportIsPointedOut() throws Exception {
        Files.setLastModifiedTime(workbook, FileTime.from(Instant.now()));
        Written written = shelf.service.write(Subject.SYSTEM, 7, "", workbook, dir.resolve("报告.xlsx"));
        try (ReportView report = new ReportView(written.file())) {
            assertTrue(allText(report.sheet("问题汇总")).contains("文件在导入之后被修改过"));
        }
        shelf.batch(7, workbook, "商品", "南极人旗舰店"); // imported an hour ago: the file is newer
        Files.setLastModifiedTime(workbook, FileTime.from(Instant.now().minusSeconds(7200)));
        try (ReportView report = new ReportView(shelf.service.write(Subject.SYSTEM, 7, "", workbook, dir.resolve("报告.xlsx")).file())) {
            assertFalse(allText(report.sheet("问题汇总")).contains("文件在导入之后被修改过"), "replaced, and the file is older");
        }
    }

    /** The {@code n} rows below the heading row whose first cell is {@code heading}, cells joined by spaces. */
    private static List<String> rowsAfter(XSSFSheet sheet, String heading, int n) {
        int at = -1;
        for (Row row : sheet) {
            if (at < 0 && row.getCell(0) != null && heading.equals(row.getCell(0).getStringCellValue()) && row.getCell(1) != null) {
                at = row.getRowNum();
            }
        }
        List<String> rows = new ArrayList<>();
        for (int r = at + 1; r <= at + n; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row, c));
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        };
    }

    private static String allText(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
        return all.toString();
    }
}
