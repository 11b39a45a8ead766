package shelf.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A merchant's workbook in the default template layout, as Excel saves it (shared strings): a title row
 * above the header, then one row per SKU. Numbers are stored as numbers — a barcode too, as happens when
 * a merchant types it into a General cell — and prices carry Excel's 0.00 format.
 */
final class MerchantWorkbook {
    static final List<String> HEADERS = List.of("商品编码", "商品标题", "副标题", "类目", "品牌", "型号", "材质", "产地",
            "规格1名称", "规格1值", "规格2名称", "规格2值", "SKU编码", "条形码", "进货价", "销售价", "促销价", "市场价", "库存",
            "重量(kg)", "主图", "细节图", "视频", "商品描述", "标签", "运费模板", "退换货政策", "发货时间(小时)");
    private static final Set<String> PRICES = Set.of("进货价", "销售价", "促销价", "市场价");

    private final String title;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    MerchantWorkbook(String title) {
        this.title = title;
    }

    /** One SKU row: header, value, header, value, …; a Double is stored as a number, anything else as text. */
    MerchantWorkbook row(Object... headerValuePairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            String header = (String) headerValuePairs[i];
            if (!HEADERS.contains(header)) {
                throw new IllegalArgumentException("not a template header: " + header);
            }
            row.put(header, headerValuePairs[i + 1]);
        }
        rows.add(row);
        return this;
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("商品");
            CellStyle price = priceStyle(workbook);
            titleAndHeader(sheet, title);
            int r = 2;
            for (Map<String, Object> values : rows) {
                Row row = sheet.createRow(r++);
                values.forEach((header, value) -> {
                    Cell cell = row.createCell(HEADERS.indexOf(header));
                    if (value instanceof Double number) {
                        cell.setCellValue(number);
                        if (PRICES.contains(header)) {
                            cell.setCellStyle(price);
                        }
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                });
            }
            return save(workbook, file);
        }
    }

    /**
     * A large workbook written by streaming (200,000 rows take a few seconds): four SKUs per product, every
     * value generated from the row number.
     */
    static Path large(Path file, int skuRows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
            Sheet sheet = workbook.createSheet("商品");
            CellStyle price = priceStyle(workbook);
            titleAndHeader(sheet, "大批量商品");
            for (int i = 0; i < skuRows; i++) {
                Row row = sheet.createRow(i + 2);
                int product = i / 4;
                row.createCell(0).setCellValue("BIG-" + product);
                row.createCell(1).setCellValue("批量商品 " + product + " 纯棉短袖T恤");
                row.createCell(3).setCellValue("服装>男装>T恤");
                row.createCell(8).setCellValue("尺码");
                row.createCell(9).setCellValue(new String[] {"S", "M", "L", "XL"}[i % 4]);
                row.createCell(12).setCellValue("BIG-" + product + "-" + (i % 4));
                row.createCell(13).setCellValue(6900000000000d + i);
                Cell sale = row.createCell(15);
                sale.setCellValue(19.9 + (i % 50));
                sale.setCellStyle(price);
                row.createCell(18).setCellValue(100);
            }
            return save(workbook, file);
        }
    }

    private static void titleAndHeader(Sheet sheet, String title) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.size(); c++) {
            header.createCell(c).setCellValue(HEADERS.get(c));
        }
    }

    private static CellStyle priceStyle(Workbook workbook) {
        CellStyle price = workbook.createCellStyle();
        price.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        return price;
    }

    private static Path save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
