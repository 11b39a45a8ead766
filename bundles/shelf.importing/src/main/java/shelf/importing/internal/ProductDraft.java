package shelf.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceList;

/**
 * The rows of one product (one SPU code), one SKU each. Product-level values come from the first row that
 * has them; a later row may leave them empty. A later row that says something else is taken as merchants who
 * fill each SKU row by hand mean it: an attribute (材质) is that SKU's own, a single picture in 主图 is that
 * SKU's picture, and the other fields (标签, 商品描述, 发货时间 …) keep the first row's value with a warning naming
 * both cells — except 商品标题, 类目 and 品牌, where a difference is an error. Any error in any row leaves the
 * whole product out of the batch, and its warnings with it.
 */
final class ProductDraft {
    /** A product-level value with the cell it came from, to name it when a later row disagrees. */
    private record Held(Object value, String raw, int row) {}

    final String merchant;
    final String spuCode;
    final int firstRow;
    private final SheetContext sheet;
    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final SourceList sources = new SourceList();
    private final Map<String, Integer> skuRows = new HashMap<>();
    private final List<Sku> skus = new ArrayList<>();
    private int lastRow;
    private boolean failed;
    /** Warnings about this product's rows, reported when it is imported. */
    private final List<Warning> warnings = new ArrayList<>(0);
    /** Whether a later row gave its SKU a picture of its own; then the first 主图 row's SKU gets its picture too. */
    private boolean skuImages;
    /** The position of the SKU on the row the product's 主图 came from. */
    private int mainImagesSku = -1;

    /** @param madeUpCode whether it says the SKU's code was made up */
    private record Warning(int row, Column column, String raw, String reason, boolean madeUpCode) {}

    ProductDraft(SheetContext sheet, String merchant, String spuCode, int firstRow, Column spuColumn,
            Column merchantColumn) {
        this.sheet = sheet;
        this.merchant = merchant;
        this.spuCode = spuCode;
        this.firstRow = firstRow;
        sources.product(firstRow, spuColumn.number(), "spuCode", "");
        if (merchantColumn != null) {
            sources.product(firstRow, merchantColumn.number(), "merchant", "");
        }
    }

    void addRow(int row, List<String> cells) {
        lastRow = row;
        SkuCells sku = new SkuCells(sheet, row);
        for (Column column : sheet.columns.columns()) {
            String raw = column.index() < cells.size() ? cells.get(column.index()) : "";
            if (raw.isBlank()) {
                continue;
            }
            try {
                switch (column.field().level) {
                    case PRODUCT -> product(row, column, raw, sku);
                    case SKU -> sku.put(column, raw);
                    case KEY -> { }
                }
            } catch (CellProblem problem) {
                fail(row, column, raw, problem.getMessage());
            }
        }
        int position = skus.size();
        Sku built = sku.build(spuCode, position);
        if (built == null) {
            failed = true;
            return;
        }
        Integer before = skuRows.putIfAbsent(built.skuCode(), row);
        if (before != null) {
            fail(row, sku.codeColumn(), built.skuCode(), "SKU编码 '" + built.skuCode() + "' is also on row " + before
                    + " of product " + spuCode + " — give each SKU its own code");
            return;
        }
        skus.add(built);
        sku.sourcesInto(sources, position);
        if (sku.codeMadeUp()) {
            warnings.add(new Warning(row, sheet.columns.find(Field.SKU_CODE), "", "the row has no SKU编码 — its SKU "
                    + "was given the code " + built.skuCode() + "; write the SKU's own code in SKU编码", true));
        }
    }

    /**
     * After the last row: the first 主图 row's SKU gets its picture when the other rows have theirs, and the
     * warnings of an imported product are reported. A made-up SKU code is worth a warning only beside others:
     * a product of one SKU is simply sold under its product code.
     */
    void finish() {
        if (failed) {
            return;
        }
        if (skuImages && mainImagesSku >= 0 && mainImagesSku < skus.size()) {
            List<String> images = list("mainImages");
            Sku first = skus.get(mainImagesSku);
            if (images.size() == 1 && first.image().isEmpty()) {
                Held held = this.held.get("mainImages");
                skus.set(mainImagesSku, first.withImage(images.get(0)));
                sources.sku(held.row(), sheet.columns.find(Field.MAIN_IMAGES).number(), mainImagesSku, "image", "");
            }
        }
        for (Warning w : warnings) {
            if (skus.size() > 1 || !w.madeUpCode()) {
                sheet.warning(w.row(), w.column(), w.raw(), w.reason());
            }
        }
    }

    /** An error the importer found in one of this product's cells. */
    void cellFailed() {
        failed = true;
    }

    boolean failed() {
        return failed;
    }

    int lastRow() {
        return lastRow;
    }

    Product product() {
        return new Product(merchant, spuCode, text("title"), text("subtitle"), text("categoryPath"),
                text("brand"), attributes, text("description"), list("tags"), list("mainImages"), list("detailImages"),
                text("video"), text("shippingTemplate"), text("returnPolicy"), (Integer) value("dispatchHours"), skus);
    }

    /** Where the product's values came from. */
    SourceList sources() {
        return sources;
    }

    private void product(int row, Column column, String raw, SkuCells sku) {
        Field field = column.field();
        String path = field == Field.ATTRIBUTE ? column.attributePath() : field.id;
        Held first = held.get(path);
        if (first != null && first.raw().equals(raw)) {
            return; // the same text as before: the common case of repeated product columns, no parsing needed
        }
        Object value = parse(field, raw);
        if (first == null) {
            held.put(path, new Held(value, raw, row));
            sources.product(row, column.number(), path, "");
            if (field == Field.ATTRIBUTE) {
                attributes.put(column.target().name(), (String) value);
            } else if (field == Field.MAIN_IMAGES) {
                mainImagesSku = skus.size();
            }
        } else if (first.value().equals(value)) {
            return;
        } else if (field == Field.TITLE || field == Field.CATEGORY || field == Field.BRAND) {
            // another title, category or brand under the same code is most likely another product given the same
            // code by mistake: merging the two would be wrong without a word, so it stays an error
            fail(row, column, raw, "'" + raw + "' differs from row " + first.row() + " ('" + first.raw()
                    + "') of the same product " + spuCode + " — a product's " + column.header()
                    + " is the same on all its rows: fill it on row " + first.row() + " only, or make the rows match");
        } else if (field == Field.ATTRIBUTE) {
            sku.attribute(column, (String) value);
        } else if (field == Field.MAIN_IMAGES && ((List<?>) value).size() == 1) {
            sku.image(column, (String) ((List<?>) value).get(0));
            skuImages = true;
        } else {
            warnings.add(new Warning(row, column, raw, "'" + shortened(raw) + "' differs from row " + first.row()
                    + " ('" + shortened(first.raw()) + "') of the same product " + spuCode + " — row " + first.row()
                    + "'s value was kept: a product has one " + column.header() + "; fill it on row " + first.row()
                    + " only, or make the rows match", false));
        }
    }

    /** A long text (an HTML description) cut for a message; the whole value is in the warning's Value column. */
    private static String shortened(String raw) {
        String line = raw.strip().replace('\n', ' ');
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }

    private Object parse(Field field, String raw) {
        return switch (field) {
            case CATEGORY -> CellValues.category(raw);
            case TAGS -> CellValues.tags(raw);
            case MAIN_IMAGES, DETAIL_IMAGES -> CellValues.mediaList(raw, sheet.folder, sheet.mediaRoots);
            case VIDEO -> CellValues.media(raw, sheet.folder, sheet.mediaRoots);
            case DISPATCH_HOURS -> CellValues.hours(raw);
            case DESCRIPTION -> raw.strip(); // HTML: inner line breaks are kept
            default -> raw.strip();
        };
    }

    private void fail(int row, Column column, String raw, String reason) {
        failed = true;
        sheet.error(row, column, raw, reason);
    }

    private Object value(String path) {
        Held h = held.get(path);
        return h == null ? null : h.value();
    }

    private String text(String path) {
        Object value = value(path);
        return value == null ? "" : (String) value;
    }

    @SuppressWarnings("unchecked")
    private List<String> list(String path) {
        Object value = value(path);
        return value == null ? List.of() : (List<String>) value;
    }
}
