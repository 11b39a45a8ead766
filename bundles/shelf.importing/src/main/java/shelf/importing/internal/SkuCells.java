package shelf.importing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceList;

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
    /** The cells of the values taken, each at path "skus[CODE]." + head + tail. */
    private int[] cellColumns = new int[FIELDS];
    private String[] cellHeads = new String[FIELDS];
    private String[] cellTails = new String[FIELDS];
    private int cellCount;
    private boolean failed;
    /** Attributes this row says otherwise than its product's first row (材质 per SKU); null while none. */
    private Map<String, String> attributes;
    private String image = "";
    private boolean codeMadeUp;

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

    /** An attribute this SKU has of its own: its row differs from the product's first. */
    void attribute(Column column, String value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(column.target().name(), value);
        taken(column.number(), "attributes.", column.target().name());
    }

    /** This SKU's own picture, from the 主图 cell of its row. */
    void image(Column column, String path) {
        image = path;
        taken(column.number(), "image", "");
    }

    /** Whether {@link #build} made the SKU's code up, its row having none. */
    boolean codeMadeUp() {
        return codeMadeUp;
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
            codeMadeUp = true;
        } else {
            taken(Field.SKU_CODE, "skuCode", "");
        }
        Map<String, String> specs = new LinkedHashMap<>();
        spec(specs, Field.SPEC1_NAME, Field.SPEC1_VALUE);
        spec(specs, Field.SPEC2_NAME, Field.SPEC2_VALUE);
        for (int i = 0; i < namedSpecs.size(); i++) {
            specs.put(namedSpecs.get(i).target().name(), namedSpecValues.get(i).strip());
            spec(namedSpecs.get(i).number(), namedSpecs.get(i).target().name());
        }
        Sku sku = new Sku(code, barcode(), specs, price(Field.COST_PRICE), price(Field.SALE_PRICE),
                price(Field.PROMO_PRICE), price(Field.MARKET_PRICE), stock(), weight(), attributes, image);
        return failed ? null : sku;
    }

    /** Adds where this row's SKU values came from; the SKU is the product's {@code position}th. */
    void sourcesInto(SourceList sources, int position) {
        for (int i = 0; i < cellCount; i++) {
            sources.sku(row, cellColumns[i], position, cellHeads[i], cellTails[i]);
        }
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
        spec(columns[valueField.ordinal()].number(), name);
    }

    private String barcode() {
        String text = text(Field.BARCODE);
        if (text.isEmpty()) {
            return "";
        }
        try {
            String barcode = CellValues.barcode(raw[Field.BARCODE.ordinal()]);
            taken(Field.BARCODE, "barcode", "");
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
            taken(field, field.id, "");
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
            taken(Field.STOCK, "stock", "");
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
            taken(Field.WEIGHT, "weightKg", "");
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

    private void taken(Field field, String head, String tail) {
        taken(columns[field.ordinal()].number(), head, tail);
    }

    /** A spec named twice in one row keeps the value of the later column, and so its cell. */
    private void spec(int column, String name) {
        for (int i = 0; i < cellCount; i++) {
            if (cellHeads[i].equals("specs.") && cellTails[i].equals(name)) {
                cellColumns[i] = column;
                return;
            }
        }
        taken(column, "specs.", name);
    }

    private void taken(int column, String head, String tail) {
        if (cellCount == cellColumns.length) {
            // a profile may name any number of spec columns
            cellColumns = Arrays.copyOf(cellColumns, cellCount * 2);
            cellHeads = Arrays.copyOf(cellHeads, cellCount * 2);
            cellTails = Arrays.copyOf(cellTails, cellCount * 2);
        }
        cellColumns[cellCount] = column;
        cellHeads[cellCount] = head;
        cellTails[cellCount] = tail;
        cellCount++;
    }

    private void fail(Field field, String reason) {
        failed = true;
        Column column = columns[field.ordinal()];
        sheet.error(row, column, raw[field.ordinal()] == null ? "" : raw[field.ordinal()], reason);
    }
}
