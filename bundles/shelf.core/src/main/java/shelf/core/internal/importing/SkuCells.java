package shelf.core.internal.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;

/** The SKU-level cells of one row, parsed into a {@link Sku} with the cell of each value. */
final class SkuCells {
    private static final int FIELDS = Field.values().length;

    private final SheetContext sheet;
    private final int row;
    private final String[] raw = new String[FIELDS];
    private final Column[] columns = new Column[FIELDS];
    /** Columns a profile maps to one named spec ("spec:颜色"), in column order. */
    private final List<Column> namedSpecs = new ArrayList<>(0);
    private final List<String> namedSpecValues = new ArrayList<>(0);
    /** field path below "skus[CODE]." → cell */
    private final Map<String, SourceCell> cells = new HashMap<>();
    private boolean failed;

    SkuCells(SheetContext sheet, int row) {
        this.sheet = sheet;
        this.row = row;
    }

    void put(Column column, String text) {
        if (column.field() == Field.SPEC) {
            namedSpecs.add(column);
            namedSpecValues.add(text);
        } else {
            raw[column.field().ordinal()] = text;
            columns[column.field().ordinal()] = column;
        }
    }

    Column codeColumn() {
        return columns[Field.SKU_CODE.ordinal()];
    }

    /**
     * The SKU, or null when a cell could not be read (each such cell is reported). Without an SKU编码 the
     * SKU takes the SPU code, or "SPU-2", "SPU-3" for the further SKUs of the product.
     */
    Sku build(String spuCode, int position) {
        String code = text(Field.SKU_CODE);
        if (code.isEmpty()) {
            code = position == 0 ? spuCode : spuCode + "-" + (position + 1);
        } else {
            cells.put("skuCode", cell(Field.SKU_CODE));
        }
        Map<String, String> specs = new LinkedHashMap<>();
        spec(specs, Field.SPEC1_NAME, Field.SPEC1_VALUE);
        spec(specs, Field.SPEC2_NAME, Field.SPEC2_VALUE);
        for (int i = 0; i < namedSpecs.size(); i++) {
            specs.put(namedSpecs.get(i).target().name(), namedSpecValues.get(i).strip());
            cells.put("specs." + namedSpecs.get(i).target().name(), sheet.cell(row, namedSpecs.get(i)));
        }
        Sku sku = new Sku(code, barcode(), specs, price(Field.COST_PRICE), price(Field.SALE_PRICE),
                price(Field.PROMO_PRICE), price(Field.MARKET_PRICE), stock(), weight());
        return failed ? null : sku;
    }

    /** The sources of this row's SKU values, under "skus[CODE]." */
    Map<String, SourceCell> sources(String code) {
        Map<String, SourceCell> sources = new HashMap<>(cells.size() * 2);
        String prefix = "skus[" + code + "].";
        cells.forEach((path, cell) -> sources.put(prefix + path, cell));
        return sources;
    }

    private void spec(Map<String, String> specs, Field nameField, Field valueField) {
        String name = text(nameField);
        String value = text(valueField);
        if (value.isEmpty()) {
            return; // a name without a value says nothing about this SKU
        }
        if (name.isEmpty()) {
            fail(valueField, nameField.templateHeader + " is empty for " + valueField.templateHeader + " '" + value
                    + "' — write the spec's name, such as 颜色 or 尺码");
            return;
        }
        specs.put(name, value);
        cells.put("specs." + name, cell(valueField));
    }

    private String barcode() {
        String text = text(Field.BARCODE);
        if (text.isEmpty()) {
            return "";
        }
        try {
            String barcode = CellValues.barcode(raw[Field.BARCODE.ordinal()]);
            cells.put("barcode", cell(Field.BARCODE));
            return barcode;
        } catch (CellProblem problem) {
            fail(Field.BARCODE, problem.getMessage());
            return "";
        }
    }

    private BigDecimal price(Field field) {
        String text = raw[field.ordinal()];
        if (text == null) {
            return null;
        }
        try {
            BigDecimal price = CellValues.price(text);
            cells.put(field.id, cell(field));
            return price;
        } catch (CellProblem problem) {
            fail(field, problem.getMessage());
            return null;
        }
    }

    private Integer stock() {
        String text = raw[Field.STOCK.ordinal()];
        if (text == null) {
            return null;
        }
        try {
            Integer stock = CellValues.stock(text);
            cells.put("stock", cell(Field.STOCK));
            return stock;
        } catch (CellProblem problem) {
            fail(Field.STOCK, problem.getMessage());
            return null;
        }
    }

    private BigDecimal weight() {
        String text = raw[Field.WEIGHT.ordinal()];
        if (text == null) {
            return null;
        }
        try {
            BigDecimal weight = CellValues.weightKg(text);
            cells.put("weightKg", cell(Field.WEIGHT));
            return weight;
        } catch (CellProblem problem) {
            fail(Field.WEIGHT, problem.getMessage());
            return null;
        }
    }

    private String text(Field field) {
        String text = raw[field.ordinal()];
        return text == null ? "" : text.strip();
    }

    private SourceCell cell(Field field) {
        return sheet.cell(row, columns[field.ordinal()]);
    }

    private void fail(Field field, String reason) {
        failed = true;
        Column column = columns[field.ordinal()];
        sheet.error(row, column, raw[field.ordinal()] == null ? "" : raw[field.ordinal()], reason);
    }
}
