package shelf.publish.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.channel.ChannelAdapter;
import shelf.api.media.ProcessedImages;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.catalog.StoredProduct;
import shelf.api.publish.Outbox;
import shelf.api.publish.PublishService;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.rules.RuleEngine;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.catalog.spi.CatalogTables;

/**
 * The publishing engine: the outbox in the catalogue database, a worker per channel, and the channel
 * adapters as they come and go. A channel's jobs wait while it has no adapter and go as soon as one is
 * registered; an adapter that leaves mid-call has that call retried on its successor.
 */
@Component(service = {PublishService.class, Outbox.class}, configurationPid = "shelf.publish")
@Designate(ocd = PublishConfig.class)
public class PublishEngine implements PublishService, Outbox {
    /** The outbox's tables: the "publish" chain. */
    static final List<String> SCHEMA = List.of("db/V1__publishing.sql", "db/V2__publish_may_exist.sql",
            "db/V3__publish_sent_note.sql", "db/V4__publish_cluster.sql", "db/V5__publish_job_product.sql");

    private static final System.Logger LOG = System.getLogger(PublishEngine.class.getName());

    @Reference
    CatalogTables tables;

    @Reference
    CatalogStore store;

    @Reference
    RuleEngine rules;

    /** The command ACL: each method checks the caller under the name of the command that does the same. */
    @Reference
    CommandAccess access;

    @Reference
    AuditLog audit;

    /** What images:process made, sent in place of the originals; absent when the images feature is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ProcessedImages processedImages;

    /** Publishing takes approved products only (see {@link #unapproved}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ReviewService review;

    private final Adapters adapters = new Adapters();
    private final Map<String, ChannelWorker> workers = new ConcurrentHashMap<>();
    private volatile Settings settings = Settings.defaults();
    private JobRecords records;
    private JobDesk desk;
    private PlaceDesk places;
    private JobQueue queue;
    private ResultWriter writer;
    private PublishCall call;
    private volatile boolean running;
    private PendingMarker marker = new PendingMarker(null);
    private java.nio.file.Path home;
    private ClusterNode node;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdapter(ChannelAdapter adapter, ServiceReference<ChannelAdapter> reference) {
        Object channel = reference.getProperty(ChannelAdapter.SERVICE_PROPERTY);
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        addAdapter(adapter, channel == null ? adapter.id() : channel.toString(),
                ranking instanceof Integer r ? r : 0, (Long) reference.getProperty(Constants.SERVICE_ID),
                reference.getBundle() == null ? "" : reference.getBundle().getVersion().toString());
    }

    void removeAdapter(ChannelAdapter adapter) {
        adapters.remove(adapter);
    }

    /** Registers an adapter directly; for tests and tools outside the framework. */
    public void addAdapter(ChannelAdapter adapter, String channel, int ranking, long serviceId, String bundleVersion) {
        adapters.add(new Adapters.Installed(channel, adapter, ranking, serviceId, bundleVersion));
    }

    /** The adapter a channel's jobs go to now, or null. */
    ChannelAdapter adapterFor(String channel) {
        return adapters.current(channel).map(Adapters.Installed::adapter).orElse(null);
    }

    @Activate
    void activate(org.osgi.framework.BundleContext context, PublishConfig config) throws CatalogException {
        settings = settings(config);
        home = shelf.api.runtime.ShelfHome.of(context);
        marker = new PendingMarker(PendingMarker.in(home));
        start();
    }

    @Modified
    void modified(PublishConfig config) {
        settings = settings(config);
        workers.values().forEach(w -> w.settings(settings));
    }

    /** The live nodes changed: each channel's worker takes its new share of the channel's rate limit. */
    private void liveNodes(int live) {
        LOG.log(System.Logger.Level.INFO, live + " publishing node(s) share the rate limits now");
        workers.values().forEach(w -> w.share(1.0 / live));
    }

    @Deactivate
    public void stop() {
        running = false;
        for (ChannelWorker worker : workers.values()) {
            try {
                worker.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        try {
            if (writer != null) {
                writer.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (node != null) {
            node.stop();
        }
        if (records != null && idle()) {
            marker.clear();
        }
    }

    private boolean idle() {
        try {
            return !records.outstanding(0, records.channels());
        } catch (CatalogException e) {
            return false;
        }
    }

    /** Starts on the given catalogue outside the framework (tests, benchmarks). */
    public void start(CatalogTables tables, CatalogStore store, RuleEngine rules, CommandAccess access, AuditLog audit,
            Settings settings) throws CatalogException {
        this.access = access;
        this.audit = audit;
        this.tables = tables;
        this.store = store;
        this.rules = rules;
        this.settings = settings;
        start();
    }

    private void start() throws CatalogException {
        tables.migrate("publish", PublishEngine.class, SCHEMA);
        records = new JobRecords(tables);
        node = ClusterNode.of(tables, home, settings.leaseMillis(), this::liveNodes);
        queue = new JobQueue(tables, node);
        call = new PublishCall(tables::product, () -> processedImages);
        writer = new ResultWriter(queue);
        desk = new JobDesk(records, access, audit, this::note, channel -> worker(channel).wake(),
                () -> workers.values().forEach(ChannelWorker::wake));
        places = new PlaceDesk(records, store, access, this::note);
        writer.start();
        int resumed = queue.resume();
        if (resumed > 0) {
            LOG.log(System.Logger.Level.INFO, resumed + " publishing jobs cut short by the last stop are queued again");
        }
        node.start();
        running = true;
        if (idle()) {
            marker.clear();
        }
        adapters.listen(channel -> worker(channel).wake());
        records.countsByChannel(0).keySet().stream().filter(c -> !c.isEmpty()).forEach(this::worker);
        adapters.channels().forEach(this::worker);
    }

    private ChannelWorker worker(String channel) {
        return workers.computeIfAbsent(channel, id -> {
            ChannelWorker worker = new ChannelWorker(id, queue, writer, adapters, call, settings, node);
            if (running) {
                worker.start();
            }
            return worker;
        });
    }

    static Settings settings(PublishConfig c) {
        return new Settings(c.qps(), Settings.parseQps(c.channelQps()), c.concurrency(), c.maxAttempts(),
                c.backoffBaseMillis(), c.backoffMaxMillis(), c.breakerFailures(), c.breakerOpenMillis(), c.leaseMillis());
    }

    /**
     * Why products may not be published yet — "review.not-approved 未通过审核（当前：初审）…" — by SPU code;
     * approved ones are left out. Without the review workflow (a tool or test that runs the engine alone)
     * every product may go.
     */
    private Map<String, String> unapproved(String merchant, Collection<String> spuCodes) throws PublishException {
        ReviewService workflow = review;
        Map<String, String> unapproved = new HashMap<>();
        if (workflow == null) {
            return unapproved;
        }
        try {
            workflow.states(merchant, spuCodes).forEach((spu, state) -> {
                if (state != ReviewState.APPROVED) {
                    unapproved.put(spu, "review.not-approved 未通过审核（当前：" + state.label() + "），请先 submit 并审核通过");
                }
            });
            return unapproved;
        } catch (ReviewException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    @Override
    public List<StoredProduct> products(Subject by, PublishRequest request) throws PublishException {
        try {
            return ScopedProducts.of(store, by, request);
        } catch (shelf.api.catalog.CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    @Override
    public PublishReport publish(Subject by, PublishRequest request) throws PublishException {
        access.check(by, "publish:publish");
        marker.set();
        PublishReport report = new PublishPlanner(store, rules, records, this::unapproved).plan(by, request,
                adapters.channels(), counts().keySet());
        report.channels().forEach(channel -> worker(channel).wake());
        audit.append(PublishAudit.published(by, request, report));
        return report;
    }

    @Override
    public List<Job> jobs(Subject by, JobQuery query) throws PublishException {
        return desk.jobs(by, query);
    }

    @Override
    public List<Job> jobs(Subject by, JobQuery query, long batchId) throws PublishException {
        return places.jobs(by, query, batchId);
    }

    @Override
    public JobCounts counts(Subject by, JobQuery query, long batchId) throws PublishException {
        return places.counts(by, query, batchId);
    }

    @Override
    public List<shelf.api.publish.ChannelPlace> places(Subject by, Collection<String> products) throws PublishException {
        return places.places(by, products);
    }

    @Override
    public Optional<Job> job(Subject by, long id) throws PublishException {
        return desk.job(by, id);
    }

    @Override
    public JobCounts counts(Subject by, long run) throws PublishException {
        return desk.counts(by, run);
    }

    @Override
    public JobCounts await(Subject by, long run, Duration timeout) throws PublishException, InterruptedException {
        return desk.await(by, run, timeout);
    }

    @Override
    public Job retry(Subject by, long id) throws PublishException {
        marker.set();
        return desk.retry(by, id);
    }

    @Override
    public int retryFailed(Subject by) throws PublishException {
        marker.set();
        return desk.retryFailed(by);
    }

    @Override
    public Job cancel(Subject by, long id) throws PublishException {
        return desk.cancel(by, id);
    }

    /** Ops' view (channel:list): every merchant's jobs counted, no job shown. */
    @Override
    public List<ChannelStatus> channels(Subject by) throws PublishException {
        access.check(by, "channel:list");
        return statuses();
    }

    private List<ChannelStatus> statuses() throws PublishException {
        Map<String, JobCounts> counts = counts();
        TreeSet<String> ids = new TreeSet<>(adapters.channels());
        counts.keySet().stream().filter(c -> !c.isEmpty()).forEach(ids::add);
        List<ChannelStatus> statuses = new ArrayList<>();
        for (String id : ids) {
            statuses.add(ChannelStatuses.of(id, adapters.current(id), workers.get(id),
                    counts.getOrDefault(id, new JobCounts(0, 0, 0, 0, 0)), settings));
        }
        return statuses;
    }

    @Override
    public Optional<ChannelStatus> channel(Subject by, String id) throws PublishException {
        access.check(by, "channel:status");
        return statuses().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public shelf.api.publish.ChannelCheck check(Subject by, String channel) throws PublishException {
        access.check(by, "channel:check");
        Adapters.Installed installed = adapters.current(channel).orElseThrow(() -> new PublishException(
                "no " + channel + " adapter installed — see channel:list"));
        return ChannelChecks.of(channel, installed.adapter());
    }

    @Override
    public List<Outbox.Listing> liveWithSku(String merchant, String skuCode) throws PublishException {
        return Guard.of(() -> new ListingRecords(records).liveWithSku(merchant, skuCode));
    }

    @Override
    public void recordLive(List<Outbox.Listing> listings) throws PublishException {
        Guard.of(() -> {
            new ListingRecords(records).recordLive(listings);
            return null;
        });
    }

    @Override
    public List<Job> queue(String requestedBy, List<Outbox.Order> orders) throws PublishException {
        if (orders.isEmpty()) {
            return List.of();
        }
        marker.set();
        List<NewJob> jobs = orders.stream().map(o -> new NewJob(o.channel(), o.merchant(), o.spuCode(), o.kind(),
                o.skuCode(), o.value())).toList();
        long run = Guard.of(() -> {
            long r = records.nextRun();
            records.insert(r, jobs, requestedBy);
            return r;
        });
        jobs.stream().map(NewJob::channel).distinct().forEach(channel -> worker(channel).wake());
        return Guard.of(() -> records.jobs(new JobQuery(null, "", run, 0), JobScope.ALL, this::note));
    }

    @Override
    public Optional<ChannelAdapter> adapter(String channel) {
        return adapters.current(channel).map(Adapters.Installed::adapter);
    }

    @Override
    public long retryDelayMillis(int attempt, shelf.api.channel.ChannelException.Kind kind) {
        Settings s = settings;
        return new Backoff(s.backoffBaseMillis(), s.backoffCapMillis()).delayMillis(attempt, kind);
    }

    private Map<String, JobCounts> counts() throws PublishException {
        return Guard.of(() -> records.countsByChannel(0));
    }

    @Override
    public List<shelf.api.publish.NodeStatus> nodes(shelf.api.security.Subject by) throws PublishException {
        access.check(by, "cluster:status");
        return Guard.of(node::nodes);
    }

    /** Why a pending job is not going right now, when that is the channel's doing. */
    private String note(Job job) {
        if (job.state() != shelf.api.publish.JobState.PENDING) {
            return "";
        }
        if (adapters.current(job.channel()).isEmpty()) {
            return "waiting for a " + job.channel() + " adapter to be installed";
        }
        ChannelWorker worker = workers.get(job.channel());
        long openUntil = worker == null ? 0 : worker.breaker().openUntil();
        return openUntil > 0 ? "circuit open until " + Clock.time(openUntil) : "";
    }
}
