package shelf.workbooks.internal.report;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.importer.FindingReport.Written;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;
import shelf.importer.xlsx.bench.BenchmarkWorkbooks;

/**
 * Writes the findings report of a generated 100,000-row workbook and prints seconds, rows/s and peak heap.
 * Not a test: run it with the heap the runtime has ({@code -Xmx256m}); see bench-report.sh beside the pom.
 *
 * <p>Usage: {@code ReportBenchmark DIR [rows=100000] [every=10]}: a finding on the sale price of every
 * {@code every}-th row (1: every row has one), a product-level title finding on every 25th product, and a
 * warning beside each price finding on its barcode cell — so notes are about 2 × rows / every.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path workbook = dir.resolve("report-bench-" + rows + ".xlsx");
        if (!Files.exists(workbook)) {
            BenchmarkWorkbooks.write(workbook, rows, true);
            Files.setLastModifiedTime(workbook, FileTime.from(Instant.now().minusSeconds(7200)));
        }
        List<Finding> findings = findings(workbook.getFileName().toString(), rows, every);
        ReportFixture shelf = new ReportFixture();
        shelf.batch(1, workbook, "商品", "benchmark");
        shelf.validated(1, "", findings);
        System.out.printf("max heap %d MB; %,d rows, %,d findings (every %d rows)%n", Runtime.getRuntime().maxMemory() >> 20,
                rows, findings.size(), every);
        for (int attempt = 1; attempt <= 2; attempt++) {
            run(shelf, dir.resolve("report-bench-" + rows + "-out.xlsx"), rows, attempt);
        }
    }

    private static void run(ReportFixture shelf, Path out, int rows, int attempt) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        Written written = shelf.service.write(Subject.SYSTEM, 1, "", out.getParent(), out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        System.out.printf("report %d: %,d findings in %,d cells, %.2f s, %,.0f rows/s, peak heap %d MB, after %d MB, GC %d ms, "
                + "report %.1f MB%n", attempt, written.findings(), written.cells(), seconds, rows / seconds, peak >> 20,
                after >> 20, gcMillis() - gcBefore, Files.size(out) / 1e6);
    }

    private static List<Finding> findings(String file, int rows, int every) {
        List<Finding> findings = new ArrayList<>();
        for (int r = 2; r <= rows + 1; r++) {
            int spu = (r - 2) / 4 + 1;
            String spuCode = String.format("SPU%06d", spu);
            String sku = String.format("SPU%06d-%02d", spu, (r - 2) % 4 + 1);
            if ((r - 2) % 4 == 0 && spu % 25 == 0) {
                findings.add(new Finding("title.banned-word", Severity.ERROR, "benchmark", spuCode, "", "title", null,
                        "标题含有广告法禁用词“最”", "base@1.0.0"));
            }
            if ((r - 2) % every == 0) {
                findings.add(new Finding("price.promo-above-sale", Severity.ERROR, "benchmark", spuCode, sku,
                        "skus[" + sku + "].salePrice", new SourceCell(file, "商品", r, 16), "促销价高于销售价", "base@1.0.0"));
                findings.add(new Finding("barcode.bad-check-digit", Severity.WARNING, "benchmark", spuCode, sku,
                        "skus[" + sku + "].barcode", new SourceCell(file, "商品", r, 14), "条形码校验位不对", "base@1.0.0"));
            }
        }
        return findings;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
