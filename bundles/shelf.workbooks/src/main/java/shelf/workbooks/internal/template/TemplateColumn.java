package shelf.workbooks.internal.template;

import java.util.List;

/**
 * One column of the default import template, with what the instructions sheet and the header's comment
 * tell the merchant about it.
 *
 * @param header the header, exactly as the importer knows it
 * @param field the product field it fills, as rule packs name it ("brand", "skus.promoPrice"); empty for the
 *     spec columns, which fill skus.specs.NAME
 * @param need 必填 (the import refuses a row without it), 上架必填 (needed to list the product), or 选填
 * @param kind how Excel formats the column's cells
 * @param format what to write, in words
 * @param example a value as the merchant would type it
 * @param note more to know, or empty
 * @param choices the only values allowed, offered as a drop-down; empty when free
 */
record TemplateColumn(String header, String field, String need, Kind kind, String format, String example, String note,
        List<String> choices) {

    enum Kind {
        /** Text format (@): codes and barcodes keep every digit and leading zero. */
        TEXT,
        /** 0.00: yuan and fen. */
        MONEY,
        /** 0: whole units. */
        WHOLE,
        /** Excel's General. */
        GENERAL
    }

    static TemplateColumn of(String header, String field, String need, Kind kind, String format, String example, String note) {
        return new TemplateColumn(header, field, need, kind, format, example, note, List.of());
    }

    static TemplateColumn choice(String header, String field, String need, String example, String note, String... choices) {
        return new TemplateColumn(header, field, need, Kind.GENERAL, "下拉选择：" + String.join(" / ", choices), example, note,
                List.of(choices));
    }

    /** The same column marked {@code need}. */
    TemplateColumn needing(String need) {
        return new TemplateColumn(header, field, need, kind, format, example, note, choices);
    }

    /** The header cell's comment: need, format, example and note in a few lines. */
    String comment() {
        return header + "（" + need + "）\n格式：" + format + "\n示例：" + example + (note.isEmpty() ? "" : "\n" + note);
    }
}
