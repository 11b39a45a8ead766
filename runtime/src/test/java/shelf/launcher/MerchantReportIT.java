package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * One report for the merchant, on the real distribution: the rows the import refused are marked in it beside
 * the validation's findings, so the merchant does not need batch:errors as a second list.
 */
class MerchantReportIT extends RunningShelf {

    @Test
    void theReportMarksTheRowsTheImportRefusedBesideTheFindings() throws Exception {
        MerchantWorkbook workbook = new MerchantWorkbook("上新");
        workbook.row("商品编码", "SPU-1", "商品标题", "最好的纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤", "SKU编码", "SPU-1-A",
                "销售价", 59d, "库存", 10d);
        workbook.row("商品编码", "SPU-2", "商品标题", "亚麻阔腿裤", "类目", "服饰鞋包>女装>裤子", "SKU编码", "SPU-2-A",
                "销售价", "五十九元", "库存", 10d);
        workbook.write(desk.resolve("上新.xlsx"));
        String imported = shelf.ok("import 上新.xlsx --merchant acme");
        assertTrue(imported.contains("row errors  1"), imported);
        String refused = ShelfCommand.lineWith(shelf.ok("batch:errors 1"), "五十九元");
        assertNotNull(refused);
        shelf.run("-c", "validate 1"); // errors found: status 1

        String wrote = shelf.ok("report 1 --out 上新-问题.xlsx");
        assertTrue(wrote.startsWith("wrote "), wrote);
        try (XSSFWorkbook report = new XSSFWorkbook(desk.resolve("上新-问题.xlsx").toFile())) {
            Cell price = report.getSheet("商品").getRow(3).getCell(15); // P4, as batch:errors names it
            assertEquals("五十九元", price.getStringCellValue());
            String note = price.getCellComment().getString().getString();
            assertTrue(note.startsWith("错误 import.row-refused：本行未导入：") && note.contains("五十九元"), note);
            Cell title = report.getSheet("商品").getRow(2).getCell(1);
            assertTrue(title.getCellComment().getString().getString().contains("title.banned-word"), "findings still marked");
            List<String> summary = new ArrayList<>();
            for (Row row : report.getSheet("问题汇总")) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                summary.add(String.join(" | ", cells));
            }
            assertTrue(summary.stream().anyMatch(l -> l.startsWith("未导入 | 1 处导入错误")), String.join("\n", summary));
            assertTrue(summary.stream().anyMatch(l -> l.startsWith("import.row-refused | 错误 | 1")), String.join("\n", summary));
        }
    }
}
