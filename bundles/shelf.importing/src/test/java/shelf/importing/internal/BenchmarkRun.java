package shelf.importing.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportReport;

/** One measured step of the import benchmarks: wall time, rows/s, CPU, peak heap, the batch's figures. */
final class BenchmarkRun {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    interface Import {
        ImportReport run() throws Exception;
    }

    private BenchmarkRun() {}

    static void run(String what, int rows, Import importing) throws Exception {
        System.gc();
        HeapWatch heap = new HeapWatch();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processStart = PROCESS.getProcessCpuTime();
        ImportReport report = importing.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (PROCESS.getProcessCpuTime() - processStart) / 1e9;
        long peak = heap.stop();
        StoredBatch b = report == null ? null : report.batch();
        System.out.printf("%-31s %5.2f s %,8.0f rows/s (CPU: reading thread %4.2f s, all %4.2f s) peak heap %3d MB%s%n",
                what, seconds, rows / seconds, cpu, processCpu, peak >> 20, b == null ? "" : String.format(
                        "  (%,d products, %,d SKUs: new %,d, updated %,d, unchanged %,d, errors %d)", b.products(),
                        b.skus(), b.created(), b.updated(), b.unchanged(), b.errors()));
    }
}
