package shelf.api.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportReport;

/** The figures of a batch, as the import command and batch:show print them (one wording for both). */
public final class BatchFigures {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private BatchFigures() {}

    /** The summary after an import. */
    public static String imported(ImportReport report) {
        StoredBatch batch = report.batch();
        return "Imported " + batch.file() + " as batch " + batch.id() + " (merchant " + batch.merchant()
                + sheet(batch, ", sheet ") + ")\n"
                + figures(batch)
                + line("time", seconds(report.elapsed()) + rate(batch.rows(), report.elapsed()));
    }

    /** Everything stored about a batch. */
    public static String shown(StoredBatch batch) {
        return "Batch " + batch.id() + " — " + batch.state() + "\n"
                + line("file", batch.file() + sheet(batch, ", sheet "))
                + line("merchant", batch.merchant())
                + line("imported", time(batch.importedAt()) + (batch.importedBy().isEmpty() ? "" : " by " + batch.importedBy()))
                + figures(batch);
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static String figures(StoredBatch batch) {
        return line("rows read", String.valueOf(batch.rows()))
                + line("products", batch.products() + "  (" + batch.created() + " new, " + batch.updated() + " updated, "
                        + batch.unchanged() + " unchanged)")
                + line("SKUs", String.valueOf(batch.skus()))
                + line("row errors", batch.errors() == 0 ? "0"
                        : batch.errors() + "  — see batch:errors " + batch.id())
                // a batch without warnings reads as before: the line appears only when there is something to see
                + (batch.warnings() == 0 ? "" : line("warnings", batch.warnings() + "  — see batch:errors " + batch.id()));
    }

    private static String line(String label, String value) {
        return String.format(Locale.ROOT, "  %-11s %s%n", label, value);
    }

    private static String sheet(StoredBatch batch, String prefix) {
        return batch.sheet().isEmpty() ? "" : prefix + batch.sheet();
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.2f s", elapsed.toNanos() / 1e9);
    }

    private static String rate(int rows, Duration elapsed) {
        long nanos = elapsed.toNanos();
        // a rate over a handful of rows says nothing but the start-up cost
        return rows < 1000 || nanos == 0 ? "" : String.format(Locale.ROOT, " (%,d rows/s)", Math.round(rows * 1e9 / nanos));
    }
}
