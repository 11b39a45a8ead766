package shelf.publish.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import shelf.api.catalog.CatalogException;
import shelf.api.channel.CallGate;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Sends one channel's jobs. A dispatcher thread claims due jobs in groups while the channel has an adapter
 * and its circuit is closed (or half open, for one trial call); a fixed pool of callers, the channel's
 * concurrency, runs them at the channel's rate. A product's next job waits until the outcome of its last one
 * is stored, so two calls for one product never overlap.
 */
final class ChannelWorker {
    private static final System.Logger LOG = System.getLogger(ChannelWorker.class.getName());
    private static final long IDLE_MILLIS = 250;

    private final String channel;
    private final JobQueue queue;
    private final ResultWriter writer;
    private final Adapters adapters;
    private final PublishCall call;
    private final TokenBucket bucket;
    private final CircuitBreaker breaker;
    private final CallWindow calls = new CallWindow(shelf.api.publish.ChannelStatus.CALL_WINDOW);
    private volatile Settings settings;
    private final int window;
    private final int concurrency;
    private final Semaphore slots;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ExecutorService callers;
    private final Thread dispatcher;
    private final Object wake = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private volatile Paced paced;
    private final ClusterNode node;
    /** This node's part of the channel's rate limit: 1 / the live nodes. */
    private volatile double share = 1;

    /** Whether an adapter paces its own requests through the channel's bucket (asked once per adapter). */
    private record Paced(ChannelAdapter adapter, boolean self) {}

    ChannelWorker(String channel, JobQueue queue, ResultWriter writer, Adapters adapters, PublishCall call,
            Settings settings, ClusterNode node) {
        this.channel = channel;
        this.node = node;
        this.share = node == null ? 1 : 1.0 / node.liveNodes();
        this.queue = queue;
        this.writer = writer;
        this.adapters = adapters;
        this.call = call;
        this.settings = settings;
        this.bucket = new TokenBucket(settings.qps(channel) * share);
        this.breaker = new CircuitBreaker(channel, settings.breakerFailures(), settings.breakerOpenMillis());
        this.window = window(settings.qps(channel), settings.concurrency());
        this.slots = new Semaphore(window);
        this.concurrency = settings.concurrency();
        AtomicInteger n = new AtomicInteger();
        this.callers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "shelf-publish-" + channel + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Thread(this::dispatch, "shelf-publish-" + channel);
        dispatcher.setDaemon(true);
    }

    void start() {
        dispatcher.start();
    }

    /**
     * How many jobs the worker holds claimed at most: claims are commits, and the catalogue database writes a
     * chunk at every commit, so they come in groups — two seconds of calls at the channel's rate, 512 when it
     * has none — but never fewer than two per caller. A crash sends at most these back to be looked up.
     */
    static int window(double qps, int concurrency) {
        int wanted = qps <= 0 ? 512 : (int) Math.min(512, qps * 2);
        return Math.max(concurrency * 2, wanted);
    }

    /** Stops claiming, lets calls in flight end for a moment; jobs still running are resumed at the next start. */
    void stop() throws InterruptedException {
        stopping = true;
        wake();
        dispatcher.join(5_000);
        callers.shutdown();
        if (!callers.awaitTermination(5, TimeUnit.SECONDS)) {
            callers.shutdownNow();
        }
    }

    void settings(Settings next) {
        settings = next;
        bucket.rate(next.qps(channel) * share);
    }

    /** Takes a new part of the channel's rate limit: the cluster's nodes share it. */
    void share(double part) {
        share = part;
        bucket.rate(settings.qps(channel) * part);
    }

    /** New jobs, a stored outcome or a new adapter: look at the queue now. */
    void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    CallWindow calls() {
        return calls;
    }

    double qps() {
        return bucket.qps();
    }

    int concurrency() {
        return concurrency;
    }

    private void dispatch() {
        while (!stopping) {
            try {
                long now = System.currentTimeMillis();
                int permits = breaker.permits(now);
                int free = slots.availablePermits();
                boolean worthClaiming = free >= window / 2 || free == window;
                Optional<Adapters.Installed> installed = adapters.current(channel);
                if (node != null && !node.ready()) {
                    pause(IDLE_MILLIS);
                    continue;
                }
                if (installed.isEmpty() || !unavailable(installed.get().adapter()).isEmpty() || permits == 0
                        || !worthClaiming) {
                    pause(permits == 0 ? Math.max(1, breaker.openUntil() - now) : IDLE_MILLIS);
                    continue;
                }
                List<ClaimedJob> jobs = queue.claim(channel, now, permits == 1 ? 1 : free, busy);
                if (jobs.isEmpty()) {
                    pause(IDLE_MILLIS);
                    continue;
                }
                if (permits == 1) {
                    breaker.trialStarted();
                }
                boolean trial = permits == 1;
                for (ClaimedJob job : jobs) {
                    slots.acquire();
                    busy.add(job.key());
                    callers.execute(() -> run(job, trial));
                }
            } catch (CatalogException e) {
                LOG.log(System.Logger.Level.WARNING, "claiming " + channel + " jobs", e);
                pause(1_000);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "the " + channel + " dispatcher", e);
                pause(1_000);
            }
        }
    }

    /**
     * Why the adapter cannot send now ({@link ChannelAdapter#unavailable}), or empty. An adapter that fails to
     * say is taken as able: its calls then fail, and are counted, as any others.
     */
    static String unavailable(ChannelAdapter adapter) {
        try {
            Optional<String> reason = adapter.unavailable();
            return reason == null ? "" : reason.orElse("");
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    private void pause(long millis) {
        synchronized (wake) {
            try {
                if (!woken) {
                    wake.wait(Math.min(millis, IDLE_MILLIS));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            woken = false;
        }
    }

    private void run(ClaimedJob job, boolean trial) {
        Outcome outcome = stopping ? null : attempt(job, trial);
        if (trial) {
            breaker.trialOver(); // a trial that was not sent (the adapter changed, a stop) leaves room for the next
        }
        if (outcome == null) {
            release(job); // stopping: the job stays running in the store and is resumed at the next start
            return;
        }
        writer.add(outcome, () -> release(job));
    }

    private void release(ClaimedJob job) {
        busy.remove(job.key());
        slots.release();
        wake();
    }

    private Outcome attempt(ClaimedJob job, boolean trial) {
        Optional<Adapters.Installed> installed = adapters.current(channel);
        long now = System.currentTimeMillis();
        if (installed.isEmpty()) {
            return Outcome.notSent(job, now, "no " + channel + " adapter installed");
        }
        if (!trial && breaker.permits(now) == 0) {
            // claimed before the circuit opened: not sent, back to the queue until it closes
            return Outcome.notSent(job, breaker.openUntil(), "not sent, circuit open: " + breaker.explanation());
        }
        try {
            Outcome outcome = call.run(job, installed.get().adapter(), gate(installed.get().adapter()));
            breaker.succeeded();
            calls.record(true);
            return outcome;
        } catch (ChannelException e) {
            return failure(job, installed.get(), e.kind(), e.platformCode(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException | LinkageError e) {
            // an adapter's bug, or an adapter whose bundle is going away: the call may have happened
            return failure(job, installed.get(), Kind.UNKNOWN_OUTCOME, "", "the adapter failed: " + e);
        }
    }

    /**
     * The gate an operation passes before it starts: none for an adapter that paces each of its requests
     * through the bucket itself (an image upload is a request the platform counts, too), else the bucket.
     */
    private CallGate gate(ChannelAdapter adapter) {
        Paced known = paced;
        if (known == null || known.adapter() != adapter) {
            boolean self;
            try {
                self = adapter.paceWith(bucket::acquire);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "the " + channel + " adapter refused the rate limit", e);
                self = false;
            }
            known = new Paced(adapter, self);
            paced = known;
        }
        return known.self() ? () -> { } : bucket::acquire;
    }

    private Outcome failure(ClaimedJob job, Adapters.Installed used, Kind kind, String code, String message) {
        if (kind != Kind.UNDER_REVIEW) {
            calls.record(false); // a product still in review is neither: the platform took it and has not decided
        }
        Outcome outcome = classified(job, used, kind, code, message);
        return kind.listingMayExist() ? outcome.mayHaveTakenEffect() : outcome;
    }

    private Outcome classified(ClaimedJob job, Adapters.Installed used, Kind kind, String code, String message) {
        long now = System.currentTimeMillis();
        String reason = message == null ? kind.name() : message;
        Optional<Adapters.Installed> current = adapters.current(channel);
        if (current.isEmpty() || current.get().adapter() != used.adapter()) {
            return Outcome.retry(job, now, code, "the " + channel + " adapter changed during the call (" + reason
                    + "); retried on the new one");
        }
        if (kind == Kind.RATE_LIMITED || kind == Kind.UNDER_REVIEW || !kind.retryable()) {
            // throttled or refused: the platform answered, so it is up — and a trial call that ends so closes
            // the circuit, instead of leaving it waiting for a verdict that never comes
            breaker.succeeded();
        } else {
            breaker.failed(now, reason);
        }
        if (!kind.retryable()) {
            return Outcome.failed(job, code, reason);
        }
        Settings s = settings;
        if (job.attempts() >= s.maxAttempts()) {
            return Outcome.failed(job, code, "gave up after " + job.attempts() + " attempts: " + reason);
        }
        return Outcome.retry(job, now + new Backoff(s.backoffBaseMillis(), s.backoffCapMillis()).delayMillis(job.attempts(), kind),
                code, reason);
    }
}
