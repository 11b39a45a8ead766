package shelf.publish.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import shelf.api.catalog.CatalogException;

/**
 * Writes the outcomes of every channel's calls in groups: whatever arrived while the last group was being
 * committed goes into the next transaction, so the commit rate follows the database, not the call rate.
 * What to do once an outcome is stored (free the product for its next job) runs after the commit.
 */
final class ResultWriter {
    private static final System.Logger LOG = System.getLogger(ResultWriter.class.getName());
    private static final int GROUP = 2000;
    /**
     * Every commit writes a chunk of the database file (WRITE_DELAY=0), and claims commit too: outcomes are
     * gathered for this long so a thousand calls a second cost a few dozen commits, not a thousand.
     */
    private static final long GATHER_MILLIS = 20;

    private record Entry(Outcome outcome, Runnable stored) {}

    private final JobQueue queue;
    private final BlockingQueue<Entry> entries = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopping;

    ResultWriter(JobQueue queue) {
        this.queue = queue;
        this.thread = new Thread(this::loop, "shelf-publish-results");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void add(Outcome outcome, Runnable stored) {
        entries.add(new Entry(outcome, stored));
    }

    /** Writes what is queued, then stops. */
    void stop() throws InterruptedException {
        stopping = true;
        thread.join(10_000);
    }

    private void loop() {
        List<Entry> group = new ArrayList<>(GROUP);
        while (!stopping || !entries.isEmpty()) {
            try {
                Entry first = entries.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                Thread.sleep(GATHER_MILLIS);
                entries.drainTo(group, GROUP - 1);
                write(group);
                group.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void write(List<Entry> group) throws InterruptedException {
        List<Outcome> outcomes = group.stream().map(Entry::outcome).toList();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    queue.record(outcomes);
                    return;
                } catch (CatalogException e) {
                    if (stopping || attempt == 5) {
                        // the jobs stay 'running' in the store and are resumed at the next start
                        LOG.log(System.Logger.Level.ERROR, "cannot record " + outcomes.size() + " publishing outcomes; "
                                + "the jobs are resumed at the next start", e);
                        return;
                    }
                    LOG.log(System.Logger.Level.WARNING, "recording publishing outcomes, attempt " + attempt, e);
                    Thread.sleep(200L * attempt);
                }
            }
        } finally {
            group.forEach(e -> e.stored().run());
        }
    }
}
