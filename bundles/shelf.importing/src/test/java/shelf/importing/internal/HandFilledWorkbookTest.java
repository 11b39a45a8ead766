package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.security.Subject;
import shelf.api.shell.BatchFigures;
import shelf.importer.xlsx.internal.XlsxImporter;

/**
 * The workbook of issue 17: 10,000 rows, 3,500 products, SKU rows filled by hand so that 标签 and 发货时间
 * differ between a product's rows (and 材质 on some). Written with POI, read by the real xlsx importer, stored
 * in a real catalogue: every product is imported, each difference a warning.
 */
class HandFilledWorkbookTest {
    private static final int PRODUCTS = 3_500;
    /** The first 3,000 products have three SKU rows, the other 500 two: 10,000 rows. */
    private static final int THREE_SKU_PRODUCTS = 3_000;

    @TempDir
    Path home;

    @Test
    void everyProductIsImportedAndEachDifferenceIsAWarning() throws Exception {
        try (ImportFixture fixture = new ImportFixture(home)) {
            Path file = fixture.file("手填商品.xlsx");
            int differences = write(file);
            fixture.with(new XlsxImporter(), "xlsx", 0);

            ImportReport report = fixture.service.importFile(Subject.SYSTEM, file, new ImportRequest("", "", ""),
                    ImportProgress.NONE);

            StoredBatch batch = report.batch();
            assertEquals(List.of(10_000, PRODUCTS, 10_000, 0, differences), List.of(batch.rows(), batch.products(),
                    batch.skus(), batch.errors(), batch.warnings()));
            String summary = BatchFigures.imported(report);
            assertTrue(summary.contains("  row errors  0\n  warnings    " + differences + "  — see batch:errors "
                    + batch.id() + "\n"), summary);

            List<RowError> listed = fixture.store.errors(Subject.SYSTEM, batch.id());
            assertEquals(differences, listed.size());
            assertTrue(listed.stream().allMatch(RowError::warning));
            assertEquals(RowError.warning(3, 25, "标签", "热销;款2", "'热销;款2' differs from row 2 ('热销;款1') of the "
                    + "same product P00001 — row 2's value was kept: a product has one 标签; fill it on row 2 only, or make "
                    + "the rows match"), listed.get(0));

            Product first = fixture.product("P00001").product();
            assertEquals(List.of("热销", "款1"), first.tags());
            assertEquals(24, first.dispatchHours());
            Product tenth = fixture.product("P00010").product();
            assertEquals("纯棉", tenth.attributes().get("材质"));
            assertEquals(List.of("", "涤纶", "涤纶"),
                    tenth.skus().stream().map(s -> s.attributes().getOrDefault("材质", "")).toList(),
                    "材质 kept per SKU, without a warning");
        }
    }

    /** Writes the workbook; returns how many cells differ from their product's first row in 标签 or 发货时间. */
    private static int write(Path file) throws Exception {
        int differences = 0;
        int rowNumber = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("商品");
            cells(sheet.createRow(rowNumber++), Rows.TEMPLATE);
            for (int p = 1; p <= PRODUCTS; p++) {
                String spu = String.format("P%05d", p);
                int skus = p <= THREE_SKU_PRODUCTS ? 3 : 2;
                for (int s = 0; s < skus; s++) {
                    String[] cells = Rows.row("商品编码", spu, "商品标题", "手填T恤 " + spu, "类目", "服装>男装>T恤",
                            "材质", p % 10 == 0 && s > 0 ? "涤纶" : "纯棉", "规格1名称", "颜色", "规格1值", "色" + s,
                            "SKU编码", spu + "-" + s, "销售价", "59.00", "库存", "10",
                            "标签", "热销;款" + (s + 1), "发货时间(小时)", p % 2 == 0 ? "48" : String.valueOf(24 * (s + 1)))
                            .split("\\|", -1);
                    cells(sheet.createRow(rowNumber++), cells);
                    if (s > 0) {
                        differences += p % 2 == 0 ? 1 : 2; // 标签 always, 发货时间 on odd products
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return differences;
    }

    private static void cells(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
