package shelf.workbooks.internal.report;

import java.util.List;
import java.util.stream.Collectors;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** What a report says about findings: severity words, the colour a cell gets, the text of its note. */
final class Notes {
    private Notes() {
    }

    static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    /** The severity that colours a cell with several findings: the worst of them. */
    static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
    }

    /**
     * The note on one cell: a line per finding, "错误 title.banned-word：…". A finding about the product rather
     * than this cell (noted on the first cell of its row) says which product, SKU and field it is about.
     */
    static String text(List<Finding> findings, int row, int column) {
        return findings.stream().map(f -> line(f, row, column)).collect(Collectors.joining("\n"));
    }

    private static String line(Finding finding, int row, int column) {
        String line = label(finding.severity()) + " " + finding.code() + "：" + finding.message();
        SourceCell source = finding.source();
        boolean onItsCell = source != null && source.row() == row && source.column() == column;
        return onItsCell ? line : line + "（" + about(finding) + "）";
    }

    /** "商品 SPU001，SKU SPU001-01，字段 title" — the parts that are known. */
    static String about(Finding finding) {
        StringBuilder about = new StringBuilder("商品 ").append(finding.spuCode());
        if (!finding.skuCode().isEmpty()) {
            about.append("，SKU ").append(finding.skuCode());
        }
        if (!finding.field().isEmpty()) {
            about.append("，字段 ").append(finding.field());
        }
        return about.toString();
    }
}
