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
    /** Cells that must name known columns for a row to be taken as the header (besides the SPU code rule). */
    static final int MIN_KNOWN = 3;

    private final List<Column> columns;
    private final int known;
    private final Column spuCode;
    private final int headerRow;
    private final String clash;

    private ColumnMap(List<Column> columns, int known, Column spuCode, int headerRow, String clash) {
        this.columns = List.copyOf(columns);
        this.known = known;
        this.spuCode = spuCode;
        this.headerRow = headerRow;
        this.clash = clash;
    }

    static ColumnMap of(int row, List<String> cells, ImportProfile profile, HeaderAliases aliases) {
        List<Column> columns = new ArrayList<>();
        Map<Target, Column> used = new HashMap<>();
        Column spu = null;
        String clash = null;
        int known = 0;
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
        return new ColumnMap(columns, known, spu, row, clash);
    }

    /** Two columns read as one field, said as the end of "row 1 of sheet 商品: …"; null when none. */
    String clash() {
        return clash;
    }

    /** Whether this row reads as a header: the SPU code column and a few other known headers. */
    boolean isHeader() {
        return spuCode != null && known >= MIN_KNOWN;
    }

    /** Whether it looks like a header that only lacks the SPU code column, for a better message. */
    boolean lacksOnlySpuCode() {
        return spuCode == null && known >= MIN_KNOWN;
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
