package shelf.importer.xlsx.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.importer.xlsx.internal.XlsxImporter;

/**
 * Reads workbooks with the xlsx importer and prints rows/s, seconds and peak heap per read. Not a test:
 * run it with the heap the target names ({@code -Xmx256m}); see runtime/bench-import.sh. The first read
 * of the first file includes class loading and JIT warm-up, as a fresh runtime's first import would.
 */
public final class ReadBenchmark {
    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("repeats", 3);
        System.out.printf("max heap %d MB, %d reads per file%n", Runtime.getRuntime().maxMemory() >> 20, repeats);
        for (String arg : args) {
            Path file = Path.of(arg);
            for (int i = 1; i <= repeats; i++) {
                read(file, i);
            }
        }
    }

    private static void read(Path file, int attempt) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        new XlsxImporter().read(file, ReadOptions.defaults(), sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%s read %d: %,d rows, %,d cells, %.2f s, %,.0f rows/s, peak heap %d MB, GC %d ms (file %.1f MB)%n",
                file.getFileName(), attempt, sink.rows, sink.cells, seconds, sink.rows / seconds, peak >> 20,
                gcMillis() - gcBefore, Files.size(file) / 1e6);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Looks at every cell, so that no reading work can be optimised away. */
    private static final class CountingSink implements RowSink {
        long rows;
        long cells;
        long characters;

        @Override
        public boolean startSheet(String name) {
            return true;
        }

        @Override
        public boolean row(int row, List<String> values) {
            rows++;
            cells += values.size();
            for (String value : values) {
                characters += value.length();
            }
            return true;
        }

        @Override
        public void cellError(int row, int column, String raw, String reason) {
            throw new IllegalStateException("row " + row + ", column " + column + ": " + reason);
        }

        @Override
        public void progress(long done, long total) {
        }
    }
}
