package shelf.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.SourceCell;

/**
 * The columns of a sheet as its header row names them. Unknown headers become attributes under their own
 * name. Two columns read as the same field (two "Item Number" columns, or 商品编码 beside its alias SPU) are a
 * clash: which one holds the value cannot be known, so the header names both and nothing is imported.
 */
final class ColumnMap {
    /**
     * Cells that must name known columns for a row to be taken as the header (besides the SPU code rule) when
     * the header is searched for; a profile that names its header row needs only the SPU code column there.
     */
    static final int MIN_KNOWN = 3;
    /** The columns a header row is expected to have, to say which are missing. */
    private static final List<Field> EXPECTED = List.of(Field.SPU_CODE, Field.TITLE, Field.SALE_PRICE);

    private final List<Column> columns;
    private final int known;
    private final Column spuCode;
    private final int headerRow;
    private final String clash;
    private final boolean fixedRow;
    private final List<String> recognised;

    private ColumnMap(List<Column> columns, int known, Column spuCode, int headerRow, String clash, boolean fixedRow,
            List<String> recognised) {
        this.columns = List.copyOf(columns);
        this.known = known;
        this.spuCode = spuCode;
        this.headerRow = headerRow;
        this.clash = clash;
        this.fixedRow = fixedRow;
        this.recognised = recognised;
    }

    static ColumnMap of(int row, List<String> cells, ImportProfile profile, HeaderAliases aliases) {
        List<Column> columns = new ArrayList<>();
        Map<Target, Column> used = new HashMap<>();
        Column spu = null;
        String clash = null;
        int known = 0;
        List<String> recognised = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            Target target = profile.target(header, aliases);
            if (target != null && target.field() == Field.IGNORE) {
                known++;
                continue;
            }
            Column earlier = target == null ? null : used.get(target);
            if (earlier != null && clash == null && !target.field().templateHeader.isEmpty()) {
                clash = "columns " + SourceCell.columnLetter(earlier.number()) + " ('" + earlier.header() + "') and "
                        + SourceCell.columnLetter(i + 1) + " ('" + header + "') are both read as "
                        + target.field().templateHeader + " — keep one of them, or give the other a header of its own";
            }
            if (target == null || earlier != null) {
                target = new Target(Field.ATTRIBUTE, header);
            } else {
                known++;
                recognised.add(described(header, target));
            }
            Column column = new Column(i, header, target);
            if (earlier == null && target.field() != Field.ATTRIBUTE) {
                used.put(target, column);
            }
            if (target.field() == Field.SPU_CODE) {
                spu = column;
            }
            columns.add(column);
        }
        return new ColumnMap(columns, known, spu, row, clash, profile.headerRow() > 0, recognised);
    }

    /** "cost (进货价)"; the header alone when it is the template's own. */
    private static String described(String header, Target target) {
        String meaning = target.name().isEmpty() ? target.field().templateHeader : target.name();
        return header.equals(meaning) || meaning.isEmpty() ? header : header + " (" + meaning + ")";
    }

    /** Two columns read as one field, said as the end of "row 1 of sheet 商品: …"; null when none. */
    String clash() {
        return clash;
    }

    /**
     * Whether this row reads as a header: the SPU code column and a few other known headers, or only the SPU
     * code column on the row a profile names as its header.
     */
    boolean isHeader() {
        return spuCode != null && (known >= MIN_KNOWN || fixedRow);
    }

    /** How many of its headers are known (mapped by the profile or the template's aliases). */
    int known() {
        return known;
    }

    /** The known headers with what each is read as: "name (商品标题), cost (进货价)". */
    String recognised() {
        return String.join(", ", recognised);
    }

    /** Which of the columns every header row is expected to have (商品编码, 商品标题, 销售价) it lacks. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Field f : EXPECTED) {
            if (find(f) == null) {
                missing.add(f.templateHeader);
            }
        }
        return missing;
    }

    List<Column> columns() {
        return columns;
    }

    Column spuCode() {
        return spuCode;
    }

    int headerRow() {
        return headerRow;
    }

    Column find(Field field) {
        for (Column c : columns) {
            if (c.field() == field) {
                return c;
            }
        }
        return null;
    }
}
