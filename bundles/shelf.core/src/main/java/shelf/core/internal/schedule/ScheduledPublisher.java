package shelf.core.internal.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.PublishService;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.WindowedPublish;
import shelf.api.security.Subject;
import shelf.core.internal.catalog.CatalogTables;
import shelf.core.internal.framework.ShelfProperties;

/**
 * Runs scheduled publishes: one timer thread sleeps until the soonest pending schedule is due, publishes it
 * through the publishing engine (an outbox: the jobs are durable from then on) and marks it done. The
 * schedule is re-planned whenever one is added or cancelled; at start, schedules due while the runtime was
 * down fire at once.
 */
@Component(service = PublishSchedule.class)
public final class ScheduledPublisher implements PublishSchedule {
    private static final System.Logger LOG = System.getLogger(ScheduledPublisher.class.getName());

    @Reference
    CatalogTables tables;

    @Reference
    CatalogStore store;

    @Reference
    PublishService publishing;

    private Clock clock = Clock.systemDefaultZone();
    private ScheduleRecords records;
    private PublishWindows windows;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> next;

    @Activate
    void activate(BundleContext context) {
        start(new ShelfProperties(context).home().resolve("etc").resolve("publish-windows.json"), Clock.systemDefaultZone());
    }

    /** Starts the timer; for tests and tools outside the framework. */
    void start(java.nio.file.Path windowsFile, Clock clock) {
        this.clock = clock;
        records = new ScheduleRecords(tables);
        windows = new PublishWindows(windowsFile);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "shelf-schedule");
            thread.setDaemon(true);
            return thread;
        });
        replan();
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Override
    public ScheduledPublish schedule(PublishRequest request, Instant at, String reason) throws PublishException {
        ScheduledPublish scheduled = stored(() -> records.insert(request, at, reason));
        replan();
        return scheduled;
    }

    @Override
    public WindowedPublish publishInWindows(PublishRequest request) throws PublishException {
        List<PublishWindows.Window> current = windows.windows(); // once per publish: an edit counts from the next
        if (current.isEmpty()) {
            return new WindowedPublish(publishing.publish(request), List.of());
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<Instant, List<String>> held = new LinkedHashMap<>();
        Map<Instant, String> why = new LinkedHashMap<>();
        List<String> goNow = new ArrayList<>();
        for (Product product : products(request)) {
            var window = PublishWindows.windowFor(current, product.categoryPath()).filter(w -> !w.open(now));
            if (window.isPresent()) {
                Instant opening = window.get().nextOpening(now).toInstant();
                held.computeIfAbsent(opening, k -> new ArrayList<>()).add(product.spuCode());
                why.put(opening, window.get().toString());
            } else {
                goNow.add(product.spuCode());
            }
        }
        List<ScheduledPublish> deferred = new ArrayList<>();
        for (Map.Entry<Instant, List<String>> e : held.entrySet()) {
            deferred.add(schedule(new PublishRequest(null, e.getValue(), request.channels(), request.requestedBy()),
                    e.getKey(), why.get(e.getKey())));
        }
        PublishReport published = null;
        if (held.isEmpty()) {
            published = publishing.publish(request);
        } else if (!goNow.isEmpty()) {
            published = publishing.publish(new PublishRequest(null, goNow, request.channels(), request.requestedBy()));
        }
        return new WindowedPublish(published, deferred);
    }

    private List<Product> products(PublishRequest request) throws PublishException {
        return stored(() -> {
            List<StoredProduct> found = new ArrayList<>();
            if (request.batchId() != null) {
                found.addAll(store.products(Subject.SYSTEM, new ProductQuery(request.batchId(), "", "", 0)));
            } else {
                for (String spu : request.spuCodes()) {
                    found.addAll(store.product(Subject.SYSTEM, spu));
                }
            }
            return found.stream().map(StoredProduct::product).toList();
        });
    }

    @Override
    public List<ScheduledPublish> list(boolean all) throws PublishException {
        return stored(() -> all ? records.all() : records.pending());
    }

    @Override
    public ScheduledPublish cancel(long id) throws PublishException {
        ScheduledPublish found = stored(() -> records.find(id))
                .orElseThrow(() -> new PublishException("no scheduled publish " + id + " — see schedule:list"));
        if (found.state() != ScheduledPublish.State.PENDING
                || !stored(() -> records.finish(id, ScheduledPublish.State.CANCELLED, null, "cancelled"))) {
            throw new PublishException("scheduled publish " + id + " is " + found.state().name().toLowerCase()
                    + ", not pending: it cannot be cancelled");
        }
        replan();
        return stored(() -> records.find(id)).orElseThrow();
    }

    /** Sets the timer for the soonest pending schedule. */
    private synchronized void replan() {
        if (next != null) {
            next.cancel(false);
        }
        try {
            List<ScheduledPublish> pending = records.pending();
            if (!pending.isEmpty()) {
                long delay = Math.max(0, Duration.between(clock.instant(), pending.get(0).at()).toMillis());
                next = timer.schedule(this::fireDue, delay, TimeUnit.MILLISECONDS);
            }
        } catch (CatalogException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read the scheduled publishes; retrying in a minute", e);
            next = timer.schedule(this::replan, 1, TimeUnit.MINUTES);
        }
    }

    private void fireDue() {
        try {
            for (ScheduledPublish due : records.pending()) {
                if (due.at().isAfter(clock.instant())) {
                    break;
                }
                fire(due);
            }
        } catch (CatalogException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read the scheduled publishes", e);
        }
        replan();
    }

    private void fire(ScheduledPublish due) throws CatalogException {
        Instant fired = clock.instant();
        String late = Duration.between(due.at(), fired).toSeconds() > 60 ? " (late: the runtime was not running at "
                + due.at() + ")" : "";
        try {
            PublishReport report = publishing.publish(due.request());
            records.finish(due.id(), ScheduledPublish.State.DONE, fired,
                    "queued " + report.queued() + " jobs, run " + report.run() + late);
            LOG.log(System.Logger.Level.INFO, "Scheduled publish {0} fired: {1} jobs", due.id(), report.queued());
        } catch (PublishException | RuntimeException e) {
            records.finish(due.id(), ScheduledPublish.State.FAILED, fired, e.getMessage() + late);
            LOG.log(System.Logger.Level.WARNING, "Scheduled publish " + due.id() + " failed", e);
        }
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T call() throws CatalogException;
    }

    private static <T> T stored(StoreCall<T> call) throws PublishException {
        try {
            return call.call();
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }
}
