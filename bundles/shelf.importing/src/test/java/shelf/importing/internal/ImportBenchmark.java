package shelf.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;

import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.Importer;
import shelf.catalog.spi.BatchStore;
import shelf.catalog.spi.BatchWriter;
import shelf.catalog.internal.H2CatalogStore;
import shelf.api.security.Subject;
import shelf.catalog.spi.PreparedProduct;
import shelf.catalog.spi.ProductSources;
import shelf.core.internal.database.CatalogDatabase;

/**
 * The mapping and storing half of an import, end to end through {@link FileImportService} into H2 in a
 * temporary folder, on generated rows (see {@link GeneratedSheet}): how long, rows per second, peak heap.
 * Run with -Xmx256m; see /tmp/brief/bench-store.md.
 *
 * <p>Usage: {@code ImportBenchmark [rows=100000] [skusPerProduct=5] [rounds=2]}
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int skus = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%,d rows × 28 columns, %d SKU(s) per product, max heap %d MB, %d CPUs%n", rows, skus,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d (%s JVM), each round in a new database:%n", round, round == 1 ? "cold" : "warm");
            round(rows, skus);
        }
    }

    private static void round(int rows, int skus) throws Exception {
        Path folder = Files.createTempDirectory("shelf-import-bench");
        Path file = Files.createFile(folder.resolve("商品表.xlsx"));
        H2CatalogStore store = new H2CatalogStore();
        store.open(CatalogDatabase.open(folder.resolve("data/catalog")));
        try {
            BenchmarkRun.run("generate rows only", rows, () -> {
                new GeneratedSheet(rows, skus, 0).read(file, shelf.api.importer.ReadOptions.defaults(), new CountingSink());
                return null;
            });
            BenchmarkRun.run("map (store discards)", rows, () -> service(new DiscardingStore(), new GeneratedSheet(rows, skus, 0),
                    folder).importFile(Subject.SYSTEM, file, request(), ImportProgress.NONE));
            BenchmarkRun.run("import, all new", rows, () -> service(store, new GeneratedSheet(rows, skus, 0), folder)
                    .importFile(Subject.SYSTEM, file, request(), ImportProgress.NONE));
            BenchmarkRun.run("re-import, unchanged", rows, () -> service(store, new GeneratedSheet(rows, skus, 0), folder)
                    .importFile(Subject.SYSTEM, file, request(), ImportProgress.NONE));
            BenchmarkRun.run("re-import, every price changed", rows, () -> service(store, new GeneratedSheet(rows, skus, 1), folder)
                    .importFile(Subject.SYSTEM, file, request(), ImportProgress.NONE));
            System.out.printf("catalogue file: %,d bytes%n", Files.size(folder.resolve("data/catalog.mv.db")));
        } finally {
            store.close();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }


    private static FileImportService service(BatchStore store, GeneratedSheet sheet, Path home) {
        FileImportService service = new FileImportService();
        service.store = store;
        service.profiles = new ImportProfiles(home.resolve("etc/profiles"));
        service.addImporter(sheet, Map.of(Importer.FORMAT, "generated", Constants.SERVICE_ID, 1L));
        return service;
    }

    private static ImportRequest request() {
        return new ImportRequest("benchmark", "", "");
    }

    /** A catalogue that takes every product and keeps nothing: the mapping alone. */
    static final class DiscardingStore implements BatchStore {
        @Override
        public BatchWriter begin(String merchant, String file, String sheet, String importedBy) {
            return new BatchWriter() {
                private int products;

                @Override
                public shelf.catalog.spi.PreparedProduct prepare(Product product,
                        shelf.catalog.spi.ProductSources sources) {
                    return new shelf.catalog.spi.PreparedProduct(product, sources, null, null);
                }

                @Override
                public void add(shelf.catalog.spi.PreparedProduct product) {
                    products++;
                }

                @Override
                public StoredBatch commit(String merchant, int rows, List<RowError> errors) {
                    return new StoredBatch(0, merchant, file, sheet, rows, products, 0, errors.size(), 0, 0, 0, "discarded",
                            java.time.Instant.now(), importedBy);
                }

                @Override
                public void close() {}
            };
        }
    }

    private static final class CountingSink implements shelf.api.importer.RowSink {
        private long count;

        @Override
        public boolean startSheet(String name) {
            return true;
        }

        @Override
        public boolean row(int row, List<String> cells) {
            count++;
            return true;
        }

        @Override
        public void cellError(int row, int column, String raw, String reason) {}

        @Override
        public void progress(long done, long total) {}
    }
}
