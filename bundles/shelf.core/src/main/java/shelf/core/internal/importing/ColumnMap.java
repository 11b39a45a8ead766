package shelf.core.internal.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a sheet as its header row names them. Unknown headers become attributes under their own
 * name; a field named twice keeps its first column and the second is taken as an attribute.
 */
final class ColumnMap {
    /** Cells that must name known columns for a row to be taken as the header (besides the SPU code rule). */
    static final int MIN_KNOWN = 3;

    private final List<Column> columns;
    private final int known;
    private final Column spuCode;
    private final int headerRow;

    private ColumnMap(List<Column> columns, int known, Column spuCode, int headerRow) {
        this.columns = List.copyOf(columns);
        this.known = known;
        this.spuCode = spuCode;
        this.headerRow = headerRow;
    }

    static ColumnMap of(int row, List<String> cells, ImportProfile profile, HeaderAliases aliases) {
        List<Column> columns = new ArrayList<>();
        Set<Target> used = new HashSet<>();
        Column spu = null;
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
            if (target == null || !used.add(target)) {
                target = new Target(Field.ATTRIBUTE, header);
            } else {
                known++;
            }
            Column column = new Column(i, header, target);
            if (target.field() == Field.SPU_CODE) {
                spu = column;
            }
            columns.add(column);
        }
        return new ColumnMap(columns, known, spu, row);
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
