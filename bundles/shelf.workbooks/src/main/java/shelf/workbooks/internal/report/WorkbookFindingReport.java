package shelf.workbooks.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.RowError;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportService;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.importer.FindingReport;
import shelf.api.rules.FindingStore;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.workbooks.internal.PoiThread;

/**
 * The findings report as an .xlsx workbook: reads the merchant's file back through the import service, with the
 * importer an import of it uses (so CSV batches work too), and writes it with POI's streaming workbook, memory
 * bounded whatever the rows.
 */
@Component(service = FindingReport.class)
public class WorkbookFindingReport implements FindingReport {
    @Reference
    CatalogStore catalog;

    @Reference
    FindingStore findings;

    @Reference
    ImportService imports;

    /** Reads the merchant's file back through the importer the import chose, so the rows are the ones it saw. */
    ReportWorkbook.SourceReader reader = (file, options, sink) -> imports.read(file, options, sink);

    @Reference
    CommandAccess access;

    /** The one thing the report asks of the catalogue: a batch by id, as the caller's scope has it. */
    @FunctionalInterface
    interface Batches {
        ScopedBatch batch(Subject subject, long id) throws CatalogException;
    }

    Batches batches = (subject, id) -> catalog.inScope(subject, id);

    /** The rows the import refused (batch:errors), as the caller may see them. */
    @FunctionalInterface
    interface RowErrors {
        List<RowError> of(Subject subject, long batchId) throws CatalogException;
    }

    RowErrors rowErrors = (subject, id) -> catalog.errors(subject, id);

    @Override
    public Written write(Subject subject, long batchId, String channel, Path source, Path out)
            throws CatalogException, ImportException, IOException {
        if (!subject.isAdmin()) {
            access.check(subject, "catalog:report");
        }
        ScopedBatch scoped = batches.batch(subject, batchId);
        StoredBatch batch = scoped.batch();
        // refused rows belong to no stored product, so only a caller who sees the whole batch sees them; the store
        // is asked as the runtime, the report's own permission and the batch's scope checked above
        List<Finding> refused = scoped.whole() ? ImportRowErrors.asFindings(batch, rowErrors.of(Subject.SYSTEM, batchId))
                : List.of();
        // the finding store too: scope is kept below
        Optional<String> last = channel == null || channel.isEmpty() ? findings.lastChannel(Subject.SYSTEM, batchId)
                : Optional.of(channel);
        if (last.isEmpty() && refused.isEmpty()) {
            throw new IllegalArgumentException("batch " + batchId + " has not been validated — run validate " + batchId + " first");
        }
        // a batch not validated yet still has its refused rows to show
        String validation = last.orElse("");
        Path file = sourceFile(batch, source);
        checkOut(out, file);
        // read from the store once per pass, a part at a time: a million findings are never all in memory
        FindingPasses passes = each -> {
            refused.forEach(each);
            if (last.isPresent()) {
                findings.eachFinding(Subject.SYSTEM, batchId, FindingFilter.all(validation), f -> {
                    if (scoped.sees(f.merchant(), f.spuCode())) {
                        each.accept(f);
                    }
                });
            }
        };
        boolean changed = modifiedAfter(file, batch.importedAt());
        try (PoiThread poi = PoiThread.enter()) {
            return ReportWorkbook.write(reader, file, batch, validation, passes, changed, out, RowsSheet.MAX_NOTES);
        }
    }

    /** The merchant's file: {@code source} itself, or the batch's file name looked up in the folder {@code source}. */
    static Path sourceFile(StoredBatch batch, Path source) throws ImportException {
        boolean folder = source == null || Files.isDirectory(source);
        Path file;
        try {
            file = source == null ? Path.of(batch.file()) : folder ? source.resolve(batch.file()) : source;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("batch " + batch.id() + " was imported from '" + batch.file()
                    + "', which is not a file name here — name the file with --source FILE", e);
        }
        if (!Files.isRegularFile(file)) {
            Path where = file.toAbsolutePath().getParent();
            throw new ImportException(file, folder
                    ? "batch " + batch.id() + " was imported from this file, and it is not in " + where
                            + " — run report in the folder that holds it, or name it with --source FILE"
                    : "there is no such file in " + where + " — check the name and folder");
        }
        return file;
    }

    /** The report must be an .xlsx in a folder that exists, and never the merchant's own file. */
    static void checkOut(Path out, Path source) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException(name + " does not end in .xlsx — Excel would not open it: write --out "
                    + name + ".xlsx");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("there is no folder " + folder + " — create it first");
        }
        if (out.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())
                || Files.exists(out) && Files.isSameFile(out, source)) {
            throw new IllegalArgumentException(name + " is the merchant's file the report reads — name another --out");
        }
    }

    static boolean modifiedAfter(Path file, Instant time) throws IOException {
        return time != null && Files.getLastModifiedTime(file).toInstant().isAfter(time);
    }
}
