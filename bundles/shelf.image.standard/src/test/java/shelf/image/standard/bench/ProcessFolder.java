package shelf.image.standard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import shelf.api.media.ImageOutput;
import shelf.image.standard.internal.Fixtures;
import shelf.image.standard.internal.StandardImageProcessor;

/**
 * Processes every image of a folder to the main profile (800×800 WebP q80) on N threads, outside OSGi, and
 * writes the outputs: {@code ProcessFolder IN OUT [THREADS]}. Prints images/s and output bytes.
 */
public final class ProcessFolder {
    private ProcessFolder() {}

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Files.createDirectories(out);
        StandardImageProcessor processor = Fixtures.processor();
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        processor.process(files.get(0), Fixtures.MAIN); // loads libwebp and the codecs once, as a running Shelf has
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            ImageOutput o = processor.process(f, Fixtures.MAIN);
            if (!o.ok()) {
                throw new IllegalStateException(o.findings().toString());
            }
            bytes.addAndGet(o.data().length);
            Files.write(out.resolve(f.getFileName().toString().replaceAll("\\.[^.]+$", ".webp")), o.data());
            return null;
        })).toList();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("shelf (in-process, %d threads): %d images in %.2f s = %.1f images/s, output %d bytes%n",
                threads, files.size(), seconds, files.size() / seconds, bytes.get());
    }
}
