package shelf.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * Writes {@link GeneratedSheet}'s rows as a real .xlsx, typed as a merchant's Excel file types them: barcodes,
 * stock and hours as numbers, prices and weights as numbers formatted 0.00, the rest text; with a
 * shared-string table (Excel, LibreOffice) or inline strings (openpyxl). Any number of SKUs per product,
 * and a price bump, which the importer's own benchmark workbooks (four SKUs) do not offer.
 */
final class BenchmarkSheets {
    private static final Set<Integer> MONEY = Set.of(14, 15, 16, 17, 19);
    private static final Set<Integer> WHOLE = Set.of(13, 18, 27);

    private BenchmarkSheets() {}

    static void write(Path out, int rows, int skusPerProduct, int priceBump, boolean shared) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, shared)) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Sheet sheet = wb.createSheet("商品");
            new GeneratedSheet(rows, skusPerProduct, priceBump).read(out, ReadOptions.defaults(), new RowSink() {
                @Override
                public boolean startSheet(String name) {
                    return true;
                }

                @Override
                public boolean row(int number, List<String> cells) {
                    Row row = sheet.createRow(number - 1);
                    for (int c = 0; c < cells.size(); c++) {
                        String text = cells.get(c);
                        if (text.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (number > 1 && MONEY.contains(c)) {
                            cell.setCellValue(Double.parseDouble(text));
                            cell.setCellStyle(money);
                        } else if (number > 1 && WHOLE.contains(c)) {
                            cell.setCellValue(Long.parseLong(text));
                        } else {
                            cell.setCellValue(text);
                        }
                    }
                    return true;
                }

                @Override
                public void cellError(int row, int column, String raw, String reason) {}

                @Override
                public void progress(long done, long total) {}
            });
            try (OutputStream stream = Files.newOutputStream(out)) {
                wb.write(stream);
            }
        }
    }
}
