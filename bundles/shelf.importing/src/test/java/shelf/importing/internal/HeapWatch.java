package shelf.importing.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples used heap every millisecond, garbage included: the peak is what -Xmx has to hold. */
final class HeapWatch {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(() -> {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }, "heap-watch");

    HeapWatch() {
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling; the peak in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }
}
