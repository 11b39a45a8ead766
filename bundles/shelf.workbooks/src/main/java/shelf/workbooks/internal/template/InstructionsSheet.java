package shelf.workbooks.internal.template;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Sheet 说明: how to fill the template, then one row per column — required or not, format, example. */
final class InstructionsSheet {
    private static final List<String> RULES = List.of(
            "商品导入模板说明",
            "每行一个SKU：同一商品的多个SKU各占一行，填写相同的商品编码，并且上下相邻。",
            "“商品”表的第1行是表头，请勿修改或删除；表头上方可以插入标题行。不认识的列作为商品属性导入。",
            "必填：缺少时该行不能导入。上架必填：可以导入，但校验（validate）报错、不能上架，直到补全。选填：可以留空。",
            "哪些列上架必填，来自本系统已安装的规则包；某些类目和渠道另有要求，列在本表最后。",
            "有错误的行不会导入，其所属商品整体不导入；导入结束后用 batch:errors 查看每个错误的行、列和原因。");
    private static final List<String> HEADERS = List.of("列", "字段", "是否必填", "格式", "示例", "说明");

    private InstructionsSheet() {}

    static void write(XSSFSheet sheet, List<TemplateColumn> columns, List<PackRequirement> more) {
        CellStyle bold = boldStyle(sheet);
        int r = 0;
        for (String rule : RULES) {
            XSSFRow row = sheet.createRow(r);
            row.createCell(0).setCellValue(rule);
            if (r == 0) {
                row.getCell(0).setCellStyle(bold);
            }
            r++;
        }
        r++;
        XSSFRow header = sheet.createRow(r++);
        for (int c = 0; c < HEADERS.size(); c++) {
            header.createCell(c).setCellValue(HEADERS.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            XSSFRow row = sheet.createRow(r++);
            // examples are text cells, so the sheet shows 6901234567892 and 35.00 exactly as written
            String[] values = {org.apache.poi.ss.util.CellReference.convertNumToColString(i), column.header(),
                    column.need(), column.format(), column.example(), column.note()};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        if (!more.isEmpty()) {
            r++;
            XSSFRow title = sheet.createRow(r++);
            title.createCell(0).setCellValue("类目和渠道的额外要求（上架必填）");
            title.getCell(0).setCellStyle(bold);
            XSSFRow heads = sheet.createRow(r++);
            // under the table's own headings: 字段, 是否必填, 格式 (here: where it applies) and 说明
            String[] labels = {"", "字段", "是否必填", "适用于", "", "要求"};
            for (int c = 1; c < labels.length; c++) {
                heads.createCell(c).setCellValue(labels[c]);
                heads.getCell(c).setCellStyle(bold);
            }
            for (PackRequirement requirement : more) {
                XSSFRow row = sheet.createRow(r++);
                row.createCell(1).setCellValue(requirement.column());
                row.createCell(2).setCellValue(TemplateColumns.FOR_LISTING);
                row.createCell(3).setCellValue(requirement.appliesTo());
                row.createCell(5).setCellValue(requirement.message());
            }
        }
        int[] widths = {6, 16, 10, 44, 32, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static CellStyle boldStyle(XSSFSheet sheet) {
        Font font = sheet.getWorkbook().createFont();
        font.setBold(true);
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(font);
        return style;
    }
}
