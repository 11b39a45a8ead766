package shelf.workbooks.internal.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import shelf.api.catalog.StoredBatch;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * The report's first sheet: which batch, file, merchant and validation it shows, how many findings by
 * severity and by code, and every finding in a list the merchant can filter, written as the findings pass
 * (the counts come from an earlier pass). Text comes from the merchant's
 * data and the rule packs, so it goes through {@link TextCells} like the rows do.
 */
final class SummarySheet {
    static final String NAME = "问题汇总";
    static final List<String> LIST_HEADERS = List.of("商品编码", "SKU编码", "字段", "单元格", "问题代码", "严重程度", "说明", "规则包");
    static final String NOT_FOUND = "（文件中未找到）";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * @param source the file the rows were read from, as an operator would look for it
     * @param changedSinceImport whether that file was modified after the batch was imported
     * @param cells cells highlighted in the rows sheet
     * @param withoutNote highlighted cells past the most notes a report carries
     * @param unplaced findings that found no place in the rows
     */
    record Facts(StoredBatch batch, String channel, String source, boolean changedSinceImport, int cells,
            int withoutNote, int unplaced) {}

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private int next;

    private SummarySheet(SXSSFSheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /**
     * Writes the facts and counts, and the heading of the list of findings, which {@link #listed} then fills
     * one finding at a time.
     */
    static SummarySheet start(SXSSFSheet sheet, ReportStyles styles, Facts facts, FindingCounts counts) {
        SummarySheet summary = new SummarySheet(sheet, styles);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(6, 60 * 256);
        summary.facts(facts, counts);
        summary.bySeverity(counts);
        summary.byCode(counts);
        summary.heading(LIST_HEADERS.toArray(String[]::new));
        return summary;
    }

    private void facts(Facts facts, FindingCounts counts) {
        StoredBatch batch = facts.batch();
        heading("问题报告");
        row("批次", String.valueOf(batch.id()));
        row("文件", batch.file() + (batch.sheet().isEmpty() ? "" : "（工作表 " + batch.sheet() + "）"));
        row("读取自", facts.source());
        row("商家", batch.merchant());
        row("渠道", facts.channel().isEmpty() ? "（不限渠道）" : facts.channel());
        row("导入时间", TIME.format(batch.importedAt().atZone(ZoneId.systemDefault())));
        row("问题", counts.total + " 条，标注于 " + facts.cells() + " 个单元格");
        if (counts.refused > 0) {
            row("未导入", counts.refused + " 处导入错误，所在的行没有导入（问题代码 " + ImportRowErrors.CODE + "，即 batch:errors "
                    + batch.id() + "）；改正后重新导入");
        }
        if (facts.withoutNote() > 0) {
            row("注意", "单元格太多：后面 " + facts.withoutNote() + " 个标色的单元格没有批注，问题见下面的明细");
        }
        if (facts.unplaced() > 0) {
            row("注意", facts.unplaced() + " 条问题在文件中找不到对应的行，只列在下面的明细里");
        }
        if (facts.changedSinceImport()) {
            row("注意", "文件在导入之后被修改过：标注的是导入时的位置，请核对");
        }
        next++;
    }

    private void bySeverity(FindingCounts counts) {
        heading("严重程度", "数量");
        for (Severity severity : Severity.values()) {
            Row row = sheet.createRow(next++);
            TextCells.write(row.createCell(0), Notes.label(severity), styles,
                    counts.bySeverity.containsKey(severity) ? severity : null);
            row.createCell(1).setCellValue(counts.bySeverity.getOrDefault(severity, 0));
        }
        next++;
    }

    private void byCode(FindingCounts counts) {
        heading("问题代码", "严重程度", "数量");
        counts.byCode.entrySet().stream()
                .sorted(Map.Entry.<FindingCounts.Key, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().code(), Comparator.naturalOrder()))
                .forEach(e -> {
                    Row row = sheet.createRow(next++);
                    TextCells.write(row.createCell(0), e.getKey().code(), styles, null);
                    TextCells.write(row.createCell(1), Notes.label(e.getKey().severity()), styles, e.getKey().severity());
                    row.createCell(2).setCellValue(e.getValue());
                });
        next++;
    }

    /** One line of the list: the finding and where it is noted ("B7"), null when it found no place. */
    void listed(Finding f, String at) {
        Row row = sheet.createRow(next++);
        text(row, f.spuCode(), f.skuCode(), f.field(), at == null ? NOT_FOUND : at, f.code());
        TextCells.write(row.createCell(5), Notes.label(f.severity()), styles, f.severity());
        TextCells.write(row.createCell(6), f.message(), styles, null);
        TextCells.write(row.createCell(7), f.pack(), styles, null);
    }

    private void heading(String... labels) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < labels.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(labels[c]);
            cell.setCellStyle(styles.heading());
        }
    }

    private void row(String label, String value) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.heading());
        TextCells.write(row.createCell(1), value, styles, null);
    }

    private void text(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            TextCells.write(row.createCell(c), values[c], styles, null);
        }
    }
}
