package shelf.catalog.spi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;

/**
 * Stores on a thread of its own while the file is still being read: reading and mapping take one core; preparing
 * each product (its document and digest) and the database's work the other, so an import costs about the longer
 * of the two rather than their sum. Preparing is done here, not on the reading thread, because reading is the
 * longer side: measured on a 100,000-row workbook of 35,000 new products, the reading thread spent 1.4 s of CPU
 * and the storing one 0.7 s, a sixth of the reading thread's time going to documents and digests.
 * The queue is short, so memory stays bounded when the database is the slower side.
 */
public final class QueuedBatchWriter implements BatchWriter {
    private static final int QUEUE = 256;
    private static final PreparedProduct END = new PreparedProduct(
            new Product("", "", "", "", "", "", Map.of(), "", List.of(), List.of(), List.of(), "", "", "", null, List.of()),
            null, null, null);

    private final BatchWriter target;
    private final BlockingQueue<PreparedProduct> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile CatalogException failure;
    private volatile boolean discarding;
    private boolean ended;

    public QueuedBatchWriter(BatchWriter target, String name) {
        this.target = target;
        this.thread = new Thread(this::store, "shelf-store " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void store() {
        try {
            for (PreparedProduct product = queue.take(); product != END; product = queue.take()) {
                if (failure == null && !discarding) {
                    try {
                        target.add(product.doc() == null ? target.prepare(product.product(), product.sources()) : product);
                    } catch (CatalogException | RuntimeException e) {
                        failure = e instanceof CatalogException c ? c
                                : new CatalogException("Storing failed unexpectedly: " + e, e);
                    }
                }
                // after a failure keep taking, so the reading side is never left blocked on a full queue
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Left for the storing thread, which prepares a product given without its document before it stores it. */
    @Override
    public PreparedProduct prepare(Product product, ProductSources sources) {
        return new PreparedProduct(product, sources, null, null);
    }

    @Override
    public void add(PreparedProduct product) throws CatalogException {
        if (failure != null) {
            throw failure;
        }
        try {
            queue.put(product);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("The import was interrupted", e);
        }
    }

    @Override
    public StoredBatch commit(String merchant, int rows, List<RowError> errors) throws CatalogException {
        end();
        if (failure != null) {
            throw failure;
        }
        return target.commit(merchant, rows, errors);
    }

    @Override
    public void close() {
        discarding = true;
        queue.clear();
        try {
            end();
        } catch (CatalogException ignored) {
            // closing after a failure: the failure was reported where it happened
        } finally {
            target.close();
        }
    }

    /** Lets the storing thread finish what is queued, and waits for it. */
    private void end() throws CatalogException {
        if (ended) {
            return;
        }
        ended = true;
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new CatalogException("The import was interrupted", e);
        }
    }
}
