package shelf.workbooks.internal.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.StoredBatch;
import shelf.api.security.Subject;
import shelf.api.importer.ImportException;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingStore;
import shelf.api.finding.Severity;
import shelf.importer.csv.internal.CsvImporter;
import shelf.importer.xlsx.internal.XlsxImporter;

/**
 * The report service wired as the runtime wires it — reading through the real xlsx and CSV importers, the
 * batches the test made, and a finding store that holds the findings the test constructs.
 */
final class ReportFixture {
    final Map<Long, StoredBatch> batches = new HashMap<>();
    final Map<String, List<Finding>> findings = new HashMap<>();
    final Map<Long, String> lastChannel = new HashMap<>();
    final Map<Long, List<shelf.api.catalog.RowError>> rowErrors = new HashMap<>();
    final WorkbookFindingReport service = new WorkbookFindingReport();
    /** Passes of the store over a batch's findings, as the report made them. */
    int passes;
    /** Whether the store refuses to hand every finding over in one list, as a store of a million would fail to. */
    boolean streamOnly;

    ReportFixture() {
        service.batches = (subject, id) -> new ScopedBatch(Optional.ofNullable(batches.get(id)).orElseThrow(
                () -> new IllegalArgumentException("no batch " + id + " — see batch:list")), true, java.util.Set.of());
        service.findings = new Findings();
        service.rowErrors = (subject, id) -> rowErrors.getOrDefault(id, List.of());
        service.reader = ReportFixture::read;
    }

    /**
     * Reads as the import service does, through the real importers: the first that takes the file (which of
     * several importers an import chooses is the core's, tested there).
     */
    static void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        Importer importer = List.of(new XlsxImporter(), new CsvImporter()).stream().filter(i -> i.accepts(file))
                .findFirst().orElseThrow(() -> new ImportException(file, "no importer takes this kind of file"));
        importer.read(file, options, sink);
    }

    /** A batch imported from {@code file} (its name, as the catalogue keeps it) an hour ago. */
    StoredBatch batch(long id, Path file, String sheet, String merchant) {
        StoredBatch batch = new StoredBatch(id, merchant, file.getFileName().toString(), sheet, 0, 0, 0, 0, 0, 0, 0,
                "validated", Instant.now().minusSeconds(3600), "tester");
        batches.put(id, batch);
        return batch;
    }

    /** The batch's last validation, for {@code channel}, found these. */
    void validated(long batch, String channel, List<Finding> found) {
        findings.put(batch + "/" + channel, new ArrayList<>(found));
        lastChannel.put(batch, channel);
    }

    static Finding finding(String code, Severity severity, String spu, String sku, String field, SourceCell cell,
            String message) {
        return new Finding(code, severity, "m1", spu, sku, field, cell, message, "base@1.0.0");
    }

    private final class Findings implements FindingStore {
        @Override
        public void replace(Subject subject, long batchId, String channel, List<Finding> list) {
            validated(batchId, channel, list);
        }

        @Override
        public List<Finding> findings(Subject subject, long batchId, FindingFilter filter) {
            if (streamOnly) {
                throw new IllegalStateException("every finding of batch " + batchId + " asked for in one list");
            }
            return List.copyOf(findings.getOrDefault(batchId + "/" + filter.channel(), List.of()));
        }

        @Override
        public void eachFinding(Subject subject, long batchId, FindingFilter filter,
                java.util.function.Consumer<Finding> each) {
            passes++;
            findings.getOrDefault(batchId + "/" + filter.channel(), List.of()).forEach(each);
        }

        @Override
        public Optional<String> lastChannel(Subject subject, long batchId) {
            return Optional.ofNullable(lastChannel.get(batchId));
        }
    }
}
