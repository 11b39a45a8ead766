package shelf.importing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.importer.ImportException;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * An importer for tests: "reads" sheets of rows given in the test, as a spreadsheet reader would deliver
 * them (1-based row numbers, cells from column A). Takes files ending in .xlsx.
 */
class RowsImporter implements Importer {
    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    private int failAtRow;

    /** Adds a sheet; each row is its cells separated by '|'. */
    RowsImporter sheet(String name, String... rows) {
        List<List<String>> parsed = new ArrayList<>();
        for (String row : rows) {
            parsed.add(Arrays.asList(row.split("\\|", -1)));
        }
        sheets.put(name, parsed);
        return this;
    }

    /** Throws an ImportException (a corrupt file, say) when reading reaches this row. */
    RowsImporter failAt(int row) {
        this.failAtRow = row;
        return this;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".xlsx");
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            if (!options.sheet().isEmpty() && !options.sheet().equals(sheet.getKey()) || !sink.startSheet(sheet.getKey())) {
                continue;
            }
            List<List<String>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                if (r + 1 == failAtRow) {
                    throw new ImportException(file, r + 1, 0, "the file is truncated — save it again from Excel", null);
                }
                if (!sink.row(r + 1, rows.get(r))) {
                    return;
                }
                sink.progress(r + 1, rows.size());
            }
        }
    }
}
