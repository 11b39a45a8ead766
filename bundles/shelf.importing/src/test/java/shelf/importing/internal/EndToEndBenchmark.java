package shelf.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;

import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.catalog.spi.BatchStore;
import shelf.catalog.internal.H2CatalogStore;
import shelf.importer.xlsx.bench.BenchmarkWorkbooks;
import shelf.importer.xlsx.internal.XlsxImporter;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/**
 * A whole import as an operator runs it: a real .xlsx read by the xlsx importer, mapped, and stored in H2,
 * into a new catalogue in a temporary folder. Prints seconds, rows/s and peak heap. Not a test; run each case
 * in a fresh JVM with -Xmx256m, after writing the workbooks in another (see /tmp/brief/bench-store.md):
 *
 * <pre>
 * EndToEndBenchmark write  DIR ROWS SHAPE KIND   writes DIR/e2e-ROWSxSHAPE-KIND.xlsx (and its -bump twin)
 * EndToEndBenchmark import DIR ROWS SHAPE KIND [ROUNDS=1]
 * </pre>
 *
 * SHAPE: SKUs per product (5 → 20,000 products, 1 → 100,000), or "lead" for the importer's own benchmark
 * workbooks (four SKUs, no price-bumped twin); KIND: shared or inline strings. Each round: import all new
 * (the first in a cold JVM), re-import unchanged, re-import with every sale price changed; then reading
 * alone and reading with mapping, for the breakdown.
 */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        String shape = args[3];
        boolean shared = args[4].equals("shared");
        Path workbook = dir.resolve("e2e-" + rows + "x" + shape + "-" + args[4] + ".xlsx");
        Path bumped = dir.resolve("e2e-" + rows + "x" + shape + "-" + args[4] + "-bump.xlsx");
        if (args[0].equals("write")) {
            Files.createDirectories(dir);
            if (shape.equals("lead")) {
                BenchmarkWorkbooks.write(workbook, rows, shared);
            } else {
                BenchmarkSheets.write(workbook, rows, Integer.parseInt(shape), 0, shared);
                BenchmarkSheets.write(bumped, rows, Integer.parseInt(shape), 1, shared);
            }
            System.out.printf("wrote %s (%,d bytes)%n", workbook, Files.size(workbook));
            return;
        }
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        System.out.printf("%s: %,d rows × 28 columns, %s strings, SKUs per product %s; max heap %d MB, %d CPUs%n",
                workbook.getFileName(), rows, shared ? "shared" : "inline", shape,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d (%s JVM), in a new database:%n", round, round == 1 ? "fresh" : "warm");
            round(workbook, Files.exists(bumped) ? bumped : null, rows);
        }
    }

    private static void round(Path workbook, Path bumped, int rows) throws Exception {
        Path home = Files.createTempDirectory("shelf-e2e");
        H2CatalogStore store = new H2CatalogStore();
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
        try {
            BenchmarkRun.run("import, all new", rows, () -> service(store, home).importFile(Subject.SYSTEM, workbook, request(), ImportProgress.NONE));
            BenchmarkRun.run("re-import, unchanged", rows, () -> service(store, home).importFile(Subject.SYSTEM, workbook, request(),
                    ImportProgress.NONE));
            if (bumped != null) {
                BenchmarkRun.run("re-import, every price changed", rows, () -> service(store, home).importFile(Subject.SYSTEM, bumped, request(),
                        ImportProgress.NONE));
            }
            BenchmarkRun.run("read only", rows, () -> {
                new XlsxImporter().read(workbook, ReadOptions.defaults(), new CountingSink());
                return null;
            });
            BenchmarkRun.run("read and map (store discards)", rows, () -> service(new ImportBenchmark.DiscardingStore(), home)
                    .importFile(Subject.SYSTEM, workbook, request(), ImportProgress.NONE));
            System.out.printf("catalogue file: %,d bytes%n", Files.size(home.resolve("data/catalog.mv.db")));
        } finally {
            store.close();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }


    private static FileImportService service(BatchStore store, Path home) {
        FileImportService service = new FileImportService();
        service.store = store;
        service.profiles = new ImportProfiles(home.resolve("etc/profiles"));
        service.addImporter(new XlsxImporter(), Map.of(Importer.FORMAT, "xlsx", Constants.SERVICE_ID, 1L));
        return service;
    }

    private static ImportRequest request() {
        return new ImportRequest("benchmark", "", "");
    }

    private static final class CountingSink implements RowSink {
        private long cells;

        @Override
        public boolean startSheet(String name) {
            return true;
        }

        @Override
        public boolean row(int row, List<String> values) {
            cells += values.size();
            return true;
        }

        @Override
        public void cellError(int row, int column, String raw, String reason) {}

        @Override
        public void progress(long done, long total) {}
    }
}
