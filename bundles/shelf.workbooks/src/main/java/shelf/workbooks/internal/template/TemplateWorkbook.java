package shelf.workbooks.internal.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import shelf.workbooks.internal.template.TemplateColumn.Kind;

/**
 * Writes the blank import template: sheet 商品 with the 28 headers in row 1 (each with a comment), column
 * formats that keep what the merchant types exact, drop-downs where the values are fixed, and sheet 说明
 * explaining every column.
 */
public final class TemplateWorkbook {
    static final String PRODUCT_SHEET = "商品";
    static final String INSTRUCTIONS_SHEET = "说明";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private TemplateWorkbook() {}

    /** Writes the template as the shipped base pack marks its columns, with no category's requirements. */
    public static void write(Path file) throws IOException {
        write(file, TemplateColumns.withBasePack(), List.of());
    }

    /**
     * Writes the template to {@code file}, replacing it only once the whole workbook is written.
     *
     * @param columns the 28 columns, marked as the installed packs require
     * @param more what single categories' and channels' packs require besides, for the 说明 sheet
     */
    static void write(Path file, List<TemplateColumn> columns, List<PackRequirement> more) throws IOException {
        // beside the target, so the move is a rename; not a temp file, whose mode 0600 the workbook would keep
        Path partial = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook();
                    OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                productSheet(workbook, columns);
                InstructionsSheet.write(workbook.createSheet(INSTRUCTIONS_SHEET), columns, more);
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void productSheet(XSSFWorkbook workbook, List<TemplateColumn> columns) {
        XSSFSheet sheet = workbook.createSheet(PRODUCT_SHEET);
        XSSFRow header = sheet.createRow(0);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(headerStyle(workbook, column.need()));
            cell.setCellComment(comment(drawing, column, c));
            // the column's style is what Excel gives every cell typed below the header
            sheet.setDefaultColumnStyle(c, columnStyle(workbook, column.kind()));
            sheet.setColumnWidth(c, Math.max(10, column.header().length() * 2 + 4) * 256);
            if (!column.choices().isEmpty()) {
                sheet.addValidationData(dropDown(validations, column, c));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static XSSFComment comment(XSSFDrawing drawing, TemplateColumn column, int c) {
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c + 1, 1, c + 5, 8);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(column.comment()));
        comment.setAuthor("Shelf");
        return comment;
    }

    private static DataValidation dropDown(DataValidationHelper helper, TemplateColumn column, int c) {
        DataValidationConstraint list = helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, LAST_ROW, c, c));
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.header(), "请从下拉列表中选择：" + String.join(" / ", column.choices()));
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.header(), column.format());
        return validation;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, String need) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        // the format of the header cell itself stays text whatever the column's
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFillForegroundColor((TemplateColumns.REQUIRED.equals(need) ? IndexedColors.LIGHT_ORANGE
                : TemplateColumns.FOR_LISTING.equals(need) ? IndexedColors.LIGHT_YELLOW
                : IndexedColors.GREY_25_PERCENT).getIndex());
        return style;
    }

    private static CellStyle columnStyle(XSSFWorkbook workbook, Kind kind) {
        CellStyle style = workbook.createCellStyle();
        String format = switch (kind) {
            case TEXT -> "@";
            case MONEY -> "0.00";
            case WHOLE -> "0";
            case GENERAL -> "General";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
