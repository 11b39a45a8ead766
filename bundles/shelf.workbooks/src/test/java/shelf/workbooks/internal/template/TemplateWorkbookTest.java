package shelf.workbooks.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.importer.xlsx.internal.XlsxImporter;

class TemplateWorkbookTest {
    private static final List<String> DEFAULT_LAYOUT = List.of("商品编码", "商品标题", "副标题", "类目", "品牌", "型号", "材质",
            "产地", "规格1名称", "规格1值", "规格2名称", "规格2值", "SKU编码", "条形码", "进货价", "销售价", "促销价", "市场价", "库存",
            "重量(kg)", "主图", "细节图", "视频", "商品描述", "标签", "运费模板", "退换货政策", "发货时间(小时)");

    @TempDir
    static Path dir;
    static Path template;

    @BeforeAll
    static void writeTemplate() throws IOException {
        template = dir.resolve("商品模板.xlsx");
        TemplateWorkbook.write(template);
    }

    @Test
    void theImporterFindsThe28HeadersInRow1OfTheFirstSheet() throws ImportException {
        List<String> rows = new ArrayList<>();
        new XlsxImporter().read(template, new ReadOptions("商品", ReadOptions.DEFAULT_MAX_COLUMNS), new RowSink() {
            public boolean startSheet(String name) { return true; }
            public boolean row(int row, List<String> cells) { rows.add(row + ": " + String.join("|", cells)); return true; }
            public void cellError(int row, int column, String raw, String reason) { rows.add("error " + reason); }
            public void progress(long done, long total) { }
        });
        assertEquals(List.of("1: " + String.join("|", DEFAULT_LAYOUT)), rows);
    }

    @Test
    void everyHeaderHasAComment() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("商品", sheet.getSheetName());
            for (int c = 0; c < DEFAULT_LAYOUT.size(); c++) {
                String comment = sheet.getRow(0).getCell(c).getCellComment().getString().getString();
                assertTrue(comment.startsWith(DEFAULT_LAYOUT.get(c) + "（"), comment);
            }
            assertTrue(sheet.getRow(0).getCell(0).getCellComment().getString().getString().contains("必填"));
        }
    }

    @Test
    void codesAndBarcodesAreTextAndPricesHaveTwoDecimals() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (String text : List.of("商品编码", "SKU编码", "条形码")) {
                assertEquals("@", sheet.getColumnStyle(DEFAULT_LAYOUT.indexOf(text)).getDataFormatString(), text);
            }
            for (String money : List.of("进货价", "销售价", "促销价", "市场价")) {
                assertEquals("0.00", sheet.getColumnStyle(DEFAULT_LAYOUT.indexOf(money)).getDataFormatString(), money);
            }
        }
    }

    @Test
    void fixedValuesAreDropDowns() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            List<String> dropDowns = new ArrayList<>();
            for (DataValidation v : workbook.getSheetAt(0).getDataValidations()) {
                int column = v.getRegions().getCellRangeAddress(0).getFirstColumn();
                dropDowns.add(DEFAULT_LAYOUT.get(column) + "=" + String.join("/", v.getValidationConstraint().getExplicitListValues()));
            }
            dropDowns.sort(null);
            assertEquals(List.of("发货时间(小时)=24/48/72", "退换货政策=7天无理由退换/不支持7天无理由"), dropDowns);
        }
    }

    @Test
    void theInstructionsSheetExplainsEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet instructions = workbook.getSheet("说明");
            List<String> explained = new ArrayList<>();
            int table = headingRow(instructions);
            for (int r = table + 1; instructions.getRow(r) != null; r++) {
                var row = instructions.getRow(r);
                if (row.getCell(1) != null && DEFAULT_LAYOUT.contains(row.getCell(1).getStringCellValue())) {
                    explained.add(row.getCell(1).getStringCellValue());
                    assertTrue(List.of("必填", "上架必填", "选填").contains(row.getCell(2).getStringCellValue()));
                    assertTrue(!row.getCell(4).getStringCellValue().isEmpty(), "an example for " + row.getCell(1));
                }
            }
            assertEquals(DEFAULT_LAYOUT, explained);
        }
    }

    /** The row of the column table's headings (列, 字段, 是否必填 …) on the 说明 sheet. */
    static int headingRow(XSSFSheet instructions) {
        for (var row : instructions) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("列")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no heading row 列 | 字段 | 是否必填 on sheet 说明");
    }

    private static XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(template)) {
            return new XSSFWorkbook(in);
        }
    }
}
