package shelf.importing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.RowSink;
import shelf.api.media.MediaRoots;
import shelf.catalog.spi.BatchStore;
import shelf.catalog.spi.BatchWriter;
import shelf.catalog.spi.QueuedBatchWriter;

/**
 * Turns the rows an importer reads into products and hands each to the catalogue as soon as its rows have
 * been read: picks the sheet, finds the header row below any title rows, and groups consecutive rows with
 * the same SPU code into one product. Memory holds one product at a time, whatever the file's size.
 */
final class ImportSink implements RowSink, AutoCloseable {
    /** The header row is looked for in this many rows at the top of a sheet. */
    static final int HEADER_SEARCH_ROWS = 20;

    private final Path file;
    private final ImportRequest request;
    private final String user;
    private final ImportProfile profile;
    private final HeaderAliases aliases;
    private final BatchStore store;
    private final ImportProgress progress;
    private MediaRoots mediaRoots = new MediaRoots(List.of());
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> sheetsSeen = new ArrayList<>();
    private final Set<String> merchants = new LinkedHashSet<>();
    /** Products already handed on, by merchant and SPU code → their last row: their rows must not come back. */
    private final Map<String, Integer> finished = new HashMap<>();
    private final Set<Integer> rowsWithCellErrors = new HashSet<>();

    private String sheet;
    /** The row searched with the most known headers, and where it is ("row 3 of sheet 商品"), for the message. */
    private ColumnMap nearest;
    private String nearestAt;
    private String clash;
    private SheetContext context;
    private Column merchantColumn;
    private BatchWriter writer;
    private ProductDraft draft;
    private int rows;
    private boolean done;
    private CatalogException failure;

    /** @param user who imports, kept with the batch */
    ImportSink(Path file, ImportRequest request, String user, ImportProfile profile, HeaderAliases aliases,
            BatchStore store, ImportProgress progress) {
        this.file = file;
        this.request = request;
        this.user = user;
        this.profile = profile;
        this.aliases = aliases;
        this.store = store;
        this.progress = progress;
    }

    /** Where media files may be besides the spreadsheet's folder. */
    ImportSink withMediaRoots(MediaRoots roots) {
        this.mediaRoots = roots;
        return this;
    }

    @Override
    public boolean startSheet(String name) {
        if (done || context != null) {
            done = true; // the sheet with the header has ended: the rest of the workbook is not ours
            return false;
        }
        String wanted = wantedSheet();
        if (!wanted.isEmpty() && !wanted.equals(name)) {
            return false;
        }
        sheet = name;
        sheetsSeen.add(name);
        return true;
    }

    @Override
    public boolean row(int row, List<String> cells) {
        if (done || failure != null) {
            return false;
        }
        if (context == null) {
            return header(row, cells);
        }
        if (blank(cells)) {
            return true;
        }
        rows++;
        try {
            data(row, cells);
        } catch (CatalogException e) {
            failure = e;
            return false;
        }
        return true;
    }

    @Override
    public void cellError(int row, int column, String raw, String reason) {
        Column mapped = null;
        if (context != null) {
            for (Column c : context.columns.columns()) {
                if (c.number() == column) {
                    mapped = c;
                }
            }
        }
        errors.add(new RowError(row, column, mapped == null ? "" : mapped.header(), raw, reason));
        if (draft != null && row >= draft.firstRow && row <= draft.lastRow()) {
            draft.cellFailed();
        } else {
            rowsWithCellErrors.add(row);
        }
    }

    @Override
    public void progress(long done, long total) {
        progress.progress(done, total);
    }

    /** After the importer has read the file: the last product, then the batch, committed whole. */
    StoredBatch finish() throws ImportException {
        if (clash != null) {
            throw new ImportException(file, clash);
        }
        if (failure == null && context != null && rows == 0 && errors.isEmpty()) {
            throw new ImportException(file, "has the header row" + (sheet.isEmpty() ? "" : " in sheet " + sheet)
                    + " but no product rows below it — nothing was imported; fill in one row per SKU");
        }
        if (failure == null && context != null) {
            try {
                flush();
                List<RowError> sorted = new ArrayList<>(errors);
                sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                        : Integer.compare(a.column(), b.column()));
                return writer.commit(batchMerchant(), rows, sorted);
            } catch (CatalogException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new ImportException(file, "cannot be stored, nothing of it was kept: " + failure.getMessage(), failure);
        }
        throw new ImportException(file, NoHeader.reason(wantedSheet(), sheetsSeen, nearest, nearestAt, profile));
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private boolean header(int row, List<String> cells) {
        boolean fixed = profile.headerRow() > 0;
        if (fixed ? row != profile.headerRow() : row > HEADER_SEARCH_ROWS) {
            boolean past = !fixed || row > profile.headerRow();
            // past where the header could be: stop if this was the sheet asked for, else let the next sheet try
            return !(past && !wantedSheet().isEmpty());
        }
        ColumnMap columns = ColumnMap.of(row, cells, profile, aliases);
        if (!columns.isHeader()) {
            if (nearest == null || columns.known() > nearest.known()) {
                nearest = columns;
                nearestAt = "row " + row + (sheet.isEmpty() ? "" : " of sheet " + sheet);
            }
            return true;
        }
        if (columns.clash() != null) {
            clash = "row " + row + (sheet.isEmpty() ? "" : " of sheet " + sheet) + ": " + columns.clash()
                    + " — nothing was imported";
            return false;
        }
        context = new SheetContext(file, mediaRoots, columns, errors);
        merchantColumn = columns.find(Field.MERCHANT);
        try {
            writer = new QueuedBatchWriter(store.begin(fixedMerchant(), file.getFileName().toString(), sheet,
                    user), file.getFileName().toString());
        } catch (CatalogException e) {
            failure = e;
            return false;
        }
        return true;
    }

    private void data(int row, List<String> cells) throws CatalogException {
        Column spuColumn = context.columns.spuCode();
        String spuCode = cell(cells, spuColumn).strip();
        if (spuCode.isEmpty()) {
            context.error(row, spuColumn, "", "the row has no " + spuColumn.header()
                    + " — every row needs its product's code; rows with the same code form one product");
            return;
        }
        String merchant = merchant(cells);
        if (draft == null || !draft.spuCode.equals(spuCode) || !draft.merchant.equals(merchant)) {
            flush();
            Integer ended = finished.get(merchant + '\u0000' + spuCode);
            if (ended != null) {
                context.error(row, spuColumn, spuCode, "product " + spuCode + " already ended at row " + ended
                        + " — the rows of one product must be next to each other: move this row up under row " + ended);
                return;
            }
            draft = new ProductDraft(context, merchant, spuCode, row, spuColumn, merchantColumn);
            merchants.add(merchant);
        }
        draft.addRow(row, cells);
        if (rowsWithCellErrors.remove(row)) {
            draft.cellFailed();
        }
    }

    private void flush() throws CatalogException {
        if (draft == null) {
            return;
        }
        finished.put(draft.merchant + '\u0000' + draft.spuCode, draft.lastRow());
        draft.finish();
        if (!draft.failed()) {
            writer.add(draft.product(), draft.sources());
        }
        draft = null;
    }

    private String merchant(List<String> cells) {
        String fixed = fixedMerchant();
        if (!fixed.isEmpty()) {
            return fixed;
        }
        String column = merchantColumn == null ? "" : cell(cells, merchantColumn).strip();
        if (!column.isEmpty()) {
            return column;
        }
        return profile.merchant().isEmpty() ? "default" : profile.merchant();
    }

    /** The merchant the operator named; empty when the file's 商家 column (or the default) decides. */
    private String fixedMerchant() {
        return request.merchant().strip();
    }

    private String batchMerchant() {
        if (!fixedMerchant().isEmpty()) {
            return fixedMerchant();
        }
        return merchants.isEmpty() ? (profile.merchant().isEmpty() ? "default" : profile.merchant())
                : String.join(", ", merchants);
    }

    private String wantedSheet() {
        return request.sheet().isEmpty() ? profile.sheet() : request.sheet();
    }

    private static String cell(List<String> cells, Column column) {
        return column.index() < cells.size() ? cells.get(column.index()) : "";
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
