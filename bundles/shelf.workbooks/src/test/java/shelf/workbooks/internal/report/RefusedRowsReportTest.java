package shelf.workbooks.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.workbooks.internal.report.ReportFixture.finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.RowError;
import shelf.api.catalog.SourceCell;
import shelf.api.finding.Severity;
import shelf.api.importer.FindingReport.Written;
import shelf.api.security.Subject;

/**
 * One report with both lists: the rows the import refused (batch:errors) are marked on their cells beside the
 * validation's findings, and counted in the summary.
 */
class RefusedRowsReportTest {
    @TempDir
    Path dir;
    final ReportFixture shelf = new ReportFixture();

    @Test
    void aRowTheImportRefusedIsMarkedOnItsCellAndCounted() throws Exception {
        Path file = dir.resolve("上新.csv");
        Files.writeString(file, "商品编码,商品标题,销售价\nSPU001,纯棉T恤 全网最低,59.00\nSPU002,亚麻阔腿裤,五十九元\n");
        shelf.batch(1, file, "", "m1");
        shelf.rowErrors.put(1L, List.of(new RowError(3, 3, "销售价", "五十九元",
                "'五十九元' is not a price — write a number such as 12.50")));
        shelf.validated(1, "", List.of(finding("title.banned-word", Severity.ERROR, "SPU001", "", "title",
                new SourceCell("上新.csv", "", 2, 2), "标题含广告法禁用的绝对化用语：全网最低，请删除")));

        Written written = shelf.service.write(Subject.SYSTEM, 1, "", dir, dir.resolve("上新-问题.xlsx"));
        assertEquals(2, written.findings());
        assertEquals(2, written.cells());
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            assertEquals(Map.of("B2", "FFC7CE", "C3", "FFC7CE"), ReportView.fills(rows));
            assertEquals("错误 import.row-refused：本行未导入：'五十九元' is not a price — write a number such as 12.50",
                    ReportView.notes(rows).get("C3"));
            List<List<String>> summary = ReportView.rows(report.sheet("问题汇总"));
            assertTrue(summary.contains(List.of("未导入", "1 处导入错误，所在的行没有导入（问题代码 import.row-refused，即 batch:errors 1）；改正后重新导入")),
                    summary.toString());
            assertTrue(summary.contains(List.of("错误", "2")), summary.toString());
            assertTrue(summary.contains(List.of("import.row-refused", "错误", "1")), summary.toString());
            assertTrue(summary.contains(List.of("", "", "销售价", "C3", "import.row-refused", "错误",
                    "本行未导入：'五十九元' is not a price — write a number such as 12.50", "导入")), summary.toString());
        }
    }

    @Test
    void aBatchNotValidatedYetStillReportsItsRefusedRows() throws Exception {
        Path file = dir.resolve("上新.csv");
        Files.writeString(file, "商品编码,商品标题,销售价\nSPU002,亚麻阔腿裤,五十九元\n");
        shelf.batch(2, file, "", "m1");
        shelf.rowErrors.put(2L, List.of(new RowError(2, 3, "销售价", "五十九元", "'五十九元' is not a price")));
        Written written = shelf.service.write(Subject.SYSTEM, 2, "", dir, dir.resolve("r.xlsx"));
        assertEquals(1, written.findings());
        try (ReportView report = new ReportView(written.file())) {
            assertEquals(Map.of("C2", "FFC7CE"), ReportView.fills(report.sheet("商品")));
        }
    }

    @Test
    void anImportWarningIsMarkedAsAWarningOnItsCell() throws Exception {
        Path file = dir.resolve("上新.csv");
        Files.writeString(file, "商品编码,SKU编码,标签\nSPU003,S1,新品\nSPU003,S2,热卖\n");
        shelf.batch(3, file, "", "m1");
        shelf.rowErrors.put(3L, List.of(RowError.warning(3, 3, "标签", "热卖", "标签 differs from row 2 (新品): 新品 kept")));
        Written written = shelf.service.write(Subject.SYSTEM, 3, "", dir, dir.resolve("w.xlsx"));
        try (ReportView report = new ReportView(written.file())) {
            XSSFSheet rows = report.sheet("商品");
            assertEquals("警告 import.row-warning：已导入，但：标签 differs from row 2 (新品): 新品 kept", ReportView.notes(rows).get("C3"));
            assertTrue(ReportView.rows(report.sheet("问题汇总")).stream().noneMatch(r -> r.size() > 0 && r.get(0).equals("未导入")),
                    "a warning is no refused row");
        }
    }
}
