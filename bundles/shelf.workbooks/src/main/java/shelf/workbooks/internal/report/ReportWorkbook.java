package shelf.workbooks.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.finding.Finding;
import shelf.api.importer.FindingReport.Written;

/** Writes one report workbook: the summary sheet in front, then the merchant's rows with their marks. */
final class ReportWorkbook {
    /** Rows SXSSF keeps in memory before flushing to its temporary file; notes stay in memory regardless. */
    private static final int WINDOW = 200;

    /** Reads the merchant's file as an import of it would, without storing anything. */
    @FunctionalInterface
    interface SourceReader {
        void read(Path file, ReadOptions options, RowSink sink) throws ImportException;
    }

    private ReportWorkbook() {
    }

    /**
     * @param imports reads {@code source} through the importer the import chose
     * @param changedSinceImport whether the source was modified after the batch was imported
     * @param out replaced only once the whole workbook is written
     */
    static Written write(SourceReader imports, Path source, StoredBatch batch, String channel, List<Finding> findings,
            boolean changedSinceImport, Path out) throws ImportException, IOException, CatalogException {
        return write(imports, source, batch, channel, FindingPasses.of(findings), changedSinceImport, out,
                RowsSheet.MAX_NOTES);
    }

    static Written write(SourceReader imports, Path source, StoredBatch batch, String channel, List<Finding> findings,
            boolean changedSinceImport, Path out, int maxNotes) throws ImportException, IOException, CatalogException {
        return write(imports, source, batch, channel, FindingPasses.of(findings), changedSinceImport, out, maxNotes);
    }

    /**
     * Two passes over the findings, none of them kept: the first counts them and notes where they go (cells
     * and products, see {@link FindingPlacement}); then the merchant's rows are written with their fills;
     * the second writes the summary's list and gathers the findings of the cells that get a note.
     *
     * @param maxNotes cells past this many get their fill but no note
     */
    static Written write(SourceReader imports, Path source, StoredBatch batch, String channel, FindingPasses findings,
            boolean changedSinceImport, Path out, int maxNotes) throws ImportException, IOException, CatalogException {
        // beside the target, so the move is a rename; not a temp file, whose mode 0600 the workbook would keep
        Path partial = out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Written written;
            FindingCounts counts = new FindingCounts();
            FindingPlacement.Builder placing = new FindingPlacement.Builder(batch.file(), batch.sheet());
            findings.each(f -> {
                counts.add(f);
                placing.add(f);
            });
            FindingPlacement placement = placing.build();
            try (SXSSFWorkbook workbook = new FastDeflateWorkbook(WINDOW)) {
                ReportStyles styles = new ReportStyles(workbook);
                String rowsName = rowsSheetName(batch);
                RowsSheet rows = new RowsSheet(workbook.createSheet(rowsName), styles, placement, maxNotes);
                imports.read(source, new ReadOptions(batch.sheet(), ReadOptions.DEFAULT_MAX_COLUMNS), rows);
                rows.finish();
                int unplaced = placement.unplaced();
                SXSSFSheet sheet = workbook.createSheet(rowsName.equals(SummarySheet.NAME) ? SummarySheet.NAME + "（Shelf）"
                        : SummarySheet.NAME);
                SummarySheet summary = SummarySheet.start(sheet, styles, new SummarySheet.Facts(batch, channel,
                        source.toAbsolutePath().normalize().toString(), changedSinceImport, rows.cells(), rows.withoutNote(),
                        unplaced), counts);
                NoteFindings notes = new NoteFindings(placement, rows);
                findings.each(f -> {
                    summary.listed(f, placement.at(f));
                    notes.add(f);
                });
                rows.addNotes(notes.byCell());
                workbook.setSheetOrder(sheet.getSheetName(), 0);
                workbook.setActiveSheet(0);
                workbook.setSelectedTab(0);
                try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    workbook.write(stream);
                }
                written = new Written(out, channel, counts.total, rows.cells(), rows.withoutNote(), unplaced);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The merchant's sheet name, so the report reads like the file; a CSV file's rows go on sheet 商品. */
    private static String rowsSheetName(StoredBatch batch) {
        return batch.sheet().isEmpty() ? "商品" : batch.sheet();
    }
}
