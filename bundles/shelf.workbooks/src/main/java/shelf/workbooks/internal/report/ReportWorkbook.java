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
            boolean changedSinceImport, Path out) throws ImportException, IOException {
        return write(imports, source, batch, channel, findings, changedSinceImport, out, RowsSheet.MAX_NOTES);
    }

    /** @param maxNotes cells past this many get their fill but no note */
    static Written write(SourceReader imports, Path source, StoredBatch batch, String channel, List<Finding> findings,
            boolean changedSinceImport, Path out, int maxNotes) throws ImportException, IOException {
        // beside the target, so the move is a rename; not a temp file, whose mode 0600 the workbook would keep
        Path partial = out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Written written;
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
                workbook.setCompressTempFiles(true);
                ReportStyles styles = new ReportStyles(workbook);
                String rowsName = rowsSheetName(batch);
                RowsSheet rows = new RowsSheet(workbook.createSheet(rowsName), styles,
                        FindingPlacement.of(findings, batch.file(), batch.sheet()), maxNotes);
                imports.read(source, new ReadOptions(batch.sheet(), ReadOptions.DEFAULT_MAX_COLUMNS), rows);
                rows.finish();
                int unplaced = (int) findings.stream().filter(f -> rows.notedAt(f) == null).count();
                SXSSFSheet summary = workbook.createSheet(rowsName.equals(SummarySheet.NAME) ? SummarySheet.NAME + "（Shelf）"
                        : SummarySheet.NAME);
                SummarySheet.write(summary, styles, new SummarySheet.Facts(batch, channel,
                        source.toAbsolutePath().normalize().toString(), changedSinceImport, rows.cells(), rows.withoutNote(),
                        unplaced),
                        findings, rows::notedAt);
                workbook.setSheetOrder(summary.getSheetName(), 0);
                workbook.setActiveSheet(0);
                workbook.setSelectedTab(0);
                try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    workbook.write(stream);
                }
                written = new Written(out, channel, findings.size(), rows.cells(), rows.withoutNote(), unplaced);
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
