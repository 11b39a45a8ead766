package shelf.workbooks.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report as a user opening it sees it, read back with POI's full (not streaming) workbook. */
final class ReportView implements AutoCloseable {
    final XSSFWorkbook workbook;
    final Path file;

    ReportView(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }

    /** "B7" → fill colour ("FFC7CE") of every cell with a solid fill. */
    static Map<String, String> fills(XSSFSheet sheet) {
        Map<String, String> fills = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                    XSSFColor colour = style.getFillForegroundXSSFColor();
                    fills.put(cell.getAddress().formatAsString(), HexFormat.of().withUpperCase().formatHex(colour.getRGB()));
                }
            }
        }
        return fills;
    }

    /** "B7" → the text of the cell's note, for every note on the sheet. */
    static Map<String, String> notes(XSSFSheet sheet) {
        Map<String, String> notes = new TreeMap<>();
        sheet.getCellComments().forEach((address, comment) -> notes.put(address.formatAsString(), comment.getString().getString()));
        return notes;
    }

    static String text(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(at.getRow());
        Cell cell = row == null ? null : row.getCell(at.getCol());
        return cell == null ? "" : cell.getStringCellValue();
    }

    static XSSFCell cell(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        return sheet.getRow(at.getRow()).getCell(at.getCol());
    }

    /** Every row's cells as text, "" for a missing cell, up to the last cell of the row. */
    static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Cells of every sheet whose type is a formula, as POI reads them. */
    long formulaCells() {
        long n = 0;
        for (var sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    n += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** The raw XML of the worksheets, for what no reader may hide: an {@code <f>} element is a formula. */
    String worksheetXml() throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return xml.toString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
