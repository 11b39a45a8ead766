package shelf.image.standard.internal;

import java.util.concurrent.Semaphore;

/**
 * Room for decoded pixels shared by every thread: a decode waits until its pixels fit, so the number of
 * images in memory at once follows their size, not the number of cores. One image larger than the whole
 * budget still runs, alone.
 */
final class DecodeBudget {
    /** Bytes a decoded pixel costs with the resampler's working rows and the reader's buffers. */
    private static final long BYTES_PER_PIXEL = 6;
    private static final int UNIT = 65_536;

    private final Semaphore units;
    private final int total;

    DecodeBudget(long pixels) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, pixels / UNIT));
        this.units = new Semaphore(total, true);
    }

    /** Half the heap for decoded pixels; the rest for outputs, the shell and everything else. */
    static DecodeBudget forHeap(long maxHeap) {
        return new DecodeBudget(maxHeap / 2 / BYTES_PER_PIXEL);
    }

    Lease lease(long pixels) throws InterruptedException {
        int wanted = (int) Math.min(total, Math.max(1, (pixels + UNIT - 1) / UNIT));
        units.acquire(wanted);
        return new Lease(wanted);
    }

    final class Lease implements AutoCloseable {
        private final int held;

        private Lease(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            units.release(held);
        }
    }
}
