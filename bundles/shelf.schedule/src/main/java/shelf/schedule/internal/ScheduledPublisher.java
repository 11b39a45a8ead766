package shelf.schedule.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.PublishService;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.WindowedPublish;
import shelf.api.security.Subject;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.catalog.spi.CatalogTables;
import shelf.api.runtime.ShelfHome;

/**
 * Runs scheduled publishes: one timer thread sleeps until the soonest pending schedule is due, claims it,
 * publishes it through the publishing engine (an outbox: the jobs are durable from then on) and marks it done.
 * Nodes sharing a PostgreSQL catalogue each run a timer; the claim makes a schedule fire on one of them only. The
 * schedule is re-planned whenever one is added or cancelled; at start, schedules due while the runtime was
 * down fire at once. Each fires as the user who made it (see {@link #fire}); the caller of every method is
 * checked against the command ACL and their data scope here.
 */
@Component(service = PublishSchedule.class)
public final class ScheduledPublisher implements PublishSchedule {
    private static final System.Logger LOG = System.getLogger(ScheduledPublisher.class.getName());
    /** The schedule's table: the "schedule" chain. */
    static final List<String> SCHEMA = List.of("db/V1__schedule.sql");
    /**
     * How often the timer looks again when nothing is due sooner: on a shared PostgreSQL catalogue another node
     * may have added a schedule, or died while firing one.
     */
    static final Duration POLL = Duration.ofSeconds(30);
    /** A node that claimed a schedule and did not finish it in this long died firing it: another fires it. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    @Reference
    CatalogTables tables;

    @Reference
    CatalogStore store;

    @Reference
    PublishService publishing;

    @Reference
    CommandAccess access;

    @Reference
    Users users;

    @Reference
    AuditLog audit;

    private Clock clock = Clock.systemDefaultZone();
    private ScheduleRecords records;
    private ScheduleScope scope;
    private PublishWindows windows;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> next;

    @Activate
    void activate(BundleContext context) {
        start(ShelfHome.of(context).resolve("etc").resolve("publish-windows.json"), Clock.systemDefaultZone());
    }

    /** Starts the timer; for tests and tools outside the framework. */
    void start(java.nio.file.Path windowsFile, Clock clock) {
        this.clock = clock;
        try {
            tables.migrate("schedule", ScheduledPublisher.class, SCHEMA);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        records = new ScheduleRecords(tables);
        scope = new ScheduleScope(store);
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
    public ScheduledPublish schedule(Subject by, PublishRequest request, Instant at, String reason)
            throws PublishException {
        access.check(by, "publish:publish");
        scoped(by, request);
        ScheduledPublish scheduled = stored(() -> records.insert(mine(by, request), at, reason));
        audit.append(AuditEntry.of(by.name(), "publish --at", List.of("schedule:" + scheduled.id()), "",
                "pending at " + scheduled.at(), what(scheduled) + " to " + channels(scheduled) + " (" + reason + ")"));
        replan();
        return scheduled;
    }

    /** The request as made by the caller: it fires as them. */
    private static PublishRequest mine(Subject by, PublishRequest request) {
        return new PublishRequest(request.batchId(), request.spuCodes(), request.channels(), by.name());
    }

    @Override
    public WindowedPublish publishInWindows(Subject by, PublishRequest request) throws PublishException {
        access.check(by, "publish:publish");
        List<PublishWindows.Window> current = windows.windows(); // once per publish: an edit counts from the next
        if (current.isEmpty()) {
            return new WindowedPublish(publishing.publish(by, request), List.of());
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<Instant, List<String>> held = new LinkedHashMap<>();
        Map<Instant, String> why = new LinkedHashMap<>();
        List<String> goNow = new ArrayList<>();
        for (StoredProduct stored : scoped(by, request)) {
            Product product = stored.product();
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
            deferred.add(schedule(by, new PublishRequest(null, e.getValue(), request.channels(), by.name()),
                    e.getKey(), why.get(e.getKey())));
        }
        PublishReport published = null;
        if (held.isEmpty()) {
            published = publishing.publish(by, request);
        } else if (!goNow.isEmpty()) {
            published = publishing.publish(by, new PublishRequest(null, goNow, request.channels(), by.name()));
        }
        return new WindowedPublish(published, deferred);
    }

    @Override
    public List<ScheduledPublish> list(Subject by, boolean all) throws PublishException {
        access.check(by, "schedule:list");
        List<ScheduledPublish> found = stored(() -> all ? records.all() : records.pending());
        List<ScheduledPublish> visible = new ArrayList<>();
        for (ScheduledPublish s : found) {
            if (stored(() -> scope.sees(by, s))) {
                visible.add(s);
            }
        }
        return visible;
    }

    @Override
    public ScheduledPublish cancel(Subject by, long id) throws PublishException {
        access.check(by, "schedule:cancel");
        ScheduledPublish found = stored(() -> records.find(id))
                .orElseThrow(() -> new PublishException("no scheduled publish " + id + " — see schedule:list"));
        if (!stored(() -> scope.sees(by, found))) {
            throw new AccessRefusedException("scheduled publish " + id + " is outside " + by.name() + "'s data scope ("
                    + by.scope().describe() + ")");
        }
        if (found.state() != ScheduledPublish.State.PENDING) {
            throw new PublishException("scheduled publish " + id + " is " + found.state().name().toLowerCase()
                    + ", not pending: it cannot be cancelled");
        }
        if (!stored(() -> records.cancel(id, "cancelled by " + by.name()))) {
            throw new PublishException("scheduled publish " + id + " is being published now: it cannot be cancelled");
        }
        audit.append(AuditEntry.of(by.name(), "schedule:cancel", List.of("schedule:" + id), "pending at " + found.at(),
                "cancelled", what(found) + " to " + channels(found) + ", scheduled by " + found.request().requestedBy()));
        replan();
        return stored(() -> records.find(id)).orElseThrow();
    }

    /** The products the caller may publish of the request; refuses one outside the caller's scope. */
    private List<StoredProduct> scoped(Subject by, PublishRequest request) throws PublishException {
        return publishing.products(by, request);
    }

    private static String what(ScheduledPublish s) {
        return s.request().batchId() != null ? "batch " + s.request().batchId()
                : String.join(" ", s.request().spuCodes());
    }

    private static String channels(ScheduledPublish s) {
        return s.request().channels().isEmpty() ? "all channels" : String.join(",", s.request().channels());
    }

    /** Sets the timer for the soonest pending schedule. */
    private synchronized void replan() {
        if (next != null) {
            next.cancel(false);
        }
        try {
            List<ScheduledPublish> pending = records.unclaimed(clock.instant().minus(CLAIM));
            long delay = pending.isEmpty() ? POLL.toMillis()
                    : Math.min(POLL.toMillis(), Math.max(0, Duration.between(clock.instant(), pending.get(0).at()).toMillis()));
            next = timer.schedule(this::fireDue, delay, TimeUnit.MILLISECONDS);
        } catch (CatalogException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read the scheduled publishes; retrying in a minute", e);
            next = timer.schedule(this::replan, 1, TimeUnit.MINUTES);
        }
    }

    private void fireDue() {
        try {
            for (ScheduledPublish due : records.unclaimed(clock.instant().minus(CLAIM))) {
                if (due.at().isAfter(clock.instant())) {
                    break;
                }
                // several nodes on one catalogue may find it due at the same moment: the one that claims it fires it
                if (records.claim(due.id(), clock.instant(), clock.instant().minus(CLAIM))) {
                    fire(due);
                }
            }
        } catch (CatalogException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot read the scheduled publishes", e);
        }
        replan();
    }

    /**
     * Publishes as the user who scheduled it, with that user's roles and scope as they are now: a user removed
     * or disabled since makes it fail, saying so, and nothing is published.
     */
    private void fire(ScheduledPublish due) throws CatalogException {
        Instant fired = clock.instant();
        String late = Duration.between(due.at(), fired).toSeconds() > 60 ? " (late: the runtime was not running at "
                + due.at() + ")" : "";
        String name = due.request().requestedBy();
        try {
            Optional<User> user = users.find(name);
            if (user.isEmpty() || user.get().disabled()) {
                records.finish(due.id(), ScheduledPublish.State.FAILED, fired, "not published: user '" + name + "' who "
                        + "scheduled it " + (user.isEmpty() ? "no longer exists" : "is disabled") + late);
                LOG.log(System.Logger.Level.WARNING, "Scheduled publish {0} not fired: user {1} is gone or disabled",
                        due.id(), name);
                return;
            }
            PublishReport report = publishing.publish(user.get().subject(), due.request());
            records.finish(due.id(), ScheduledPublish.State.DONE, fired,
                    "queued " + report.queued() + " jobs, run " + report.run() + late);
            LOG.log(System.Logger.Level.INFO, "Scheduled publish {0} fired as {1}: {2} jobs", due.id(), name,
                    report.queued());
        } catch (PublishException | UserStoreException | RuntimeException e) {
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
