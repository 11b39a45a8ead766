package shelf.importer.xlsx.internal;

import java.util.ArrayList;
import java.util.List;

import shelf.api.importer.RowSink;

/** Keeps what an importer delivers, one line per row: "sheet!row: a|b|c", and one per cell error. */
class RecordingSink implements RowSink {
    final List<String> rows = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> sheets = new ArrayList<>();
    long lastProgress;
    private String sheet;

    @Override
    public boolean startSheet(String name) {
        sheet = name;
        sheets.add(name);
        return true;
    }

    @Override
    public boolean row(int row, List<String> cells) {
        rows.add(sheet + "!" + row + ": " + String.join("|", cells));
        return true;
    }

    @Override
    public void cellError(int row, int column, String raw, String reason) {
        errors.add(sheet + "!" + row + "," + column + " " + raw + ": " + reason);
    }

    @Override
    public void progress(long done, long total) {
        lastProgress = done;
    }
}
