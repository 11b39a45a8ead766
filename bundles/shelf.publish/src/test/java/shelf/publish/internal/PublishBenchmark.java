package shelf.publish.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;
import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.catalog.internal.H2CatalogStore;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/**
 * Not a test: publishes a generated batch to five in-process channels whose adapters answer at once (or after
 * a set latency), through the real engine and the real H2 outbox, and prints listings/s. Three rounds: every
 * product new (create), every product changed (update), nothing changed (no call).
 *
 * <pre>PublishBenchmark [products=4000] [concurrency=8] [latency-ms=0] [skus-per-product=3]</pre>
 */
public final class PublishBenchmark {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int skus = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path folder = Files.createTempDirectory("shelf-publish-bench");
        H2CatalogStore store = new H2CatalogStore();
        store.open(CatalogDatabase.open(folder.resolve("catalog")));
        PublishEngine engine = new PublishEngine();
        Map<String, InstantAdapter> adapters = new ConcurrentHashMap<>();
        long id = 1;
        for (String channel : CHANNELS) {
            InstantAdapter adapter = new InstantAdapter(channel, latency);
            adapters.put(channel, adapter);
            engine.addAdapter(adapter, channel, 0, id++, "bench");
        }
        shelf.security.internal.audit.FileAuditLog audit = new shelf.security.internal.audit.FileAuditLog();
        audit.open(folder.resolve("data").resolve("audit.log")); // the key beside it in etc/, as in a home
        engine.start(store, store, new TitleRuleEngine(""),
                shelf.security.internal.SecurityFixture.acl(folder.resolve("shelf.command.acl.properties")), audit,
                new Settings(0, Map.of(), concurrency, 30, 200, 30_000, 10, 5_000));
        System.out.printf("%,d products × %d SKUs, %d channels, concurrency %d per channel, adapter latency %d ms, %d cores%n",
                count, skus, CHANNELS.size(), concurrency, latency, Runtime.getRuntime().availableProcessors());
        try {
            round(engine, store, "create (all new)", generate(count, skus, ""));
            round(engine, store, "update (all changed)", generate(count, skus, " 新款"));
            round(engine, store, "republish (unchanged)", generate(count, skus, " 新款"));
            long creates = adapters.values().stream().mapToLong(a -> a.creates.get()).sum();
            long updates = adapters.values().stream().mapToLong(a -> a.updates.get()).sum();
            System.out.printf("adapter calls: %,d creates, %,d updates%n", creates, updates);
        } finally {
            engine.stop();
            store.close();
        }
    }

    private static void round(PublishEngine engine, H2CatalogStore store, String what, List<Product> products)
            throws Exception {
        List<ImportedProduct> imported = products.stream().map(p -> new ImportedProduct(p, Map.of())).toList();
        StoredBatch batch = store.store(Subject.SYSTEM, new NewBatch("bench", "bench.xlsx", "商品", products.size() * products.get(0).skus().size(),
                imported, List.of(), "bench"));
        long start = System.nanoTime();
        PublishReport report = engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(), "bench"));
        long queued = System.nanoTime();
        JobCounts counts = engine.await(PublishFixture.ADMIN, report.run(), Duration.ofMinutes(10));
        long end = System.nanoTime();
        double total = (end - start) / 1e9;
        double sending = (end - queued) / 1e9;
        System.out.printf("%-22s %,d jobs: queued in %.2f s, sent in %.2f s — %,.0f listings/s from the command, "
                + "%,.0f/s sending; %s%n", what, report.queued(), (queued - start) / 1e9, sending, report.queued() / total,
                report.queued() / sending, counts);
    }

    private static List<Product> generate(int count, int skusEach, String suffix) {
        List<Product> products = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            String spu = String.format("B%06d", p);
            List<Sku> skus = new ArrayList<>(skusEach);
            for (int s = 0; s < skusEach; s++) {
                skus.add(new Sku(spu + "-" + s, "", Map.of("颜色", "色" + s, "尺码", "M"), new BigDecimal("20.00"),
                        new BigDecimal("59.00"), null, null, 100, new BigDecimal("0.30")));
            }
            products.add(new Product("bench", spu, "纯棉短袖T恤女夏季新款宽松百搭上衣 " + p + suffix, "", "服饰鞋包/女装/T恤",
                    "优衣库", Map.of("材质", "棉"), "<p>描述</p>", List.of(), List.of("https://img.example.com/" + spu + ".jpg"),
                    List.of(), "", "包邮", "七天无理由", 48, skus));
        }
        return products;
    }

    /** A marketplace that answers at once (or after the latency): the engine's own cost is what is measured. */
    static final class InstantAdapter implements ChannelAdapter {
        private final String channel;
        private final long latency;
        private final Map<String, String> byOuterId = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        final AtomicLong creates = new AtomicLong();
        final AtomicLong updates = new AtomicLong();

        InstantAdapter(String channel, long latency) {
            this.channel = channel;
            this.latency = latency;
        }

        private void pause() {
            if (latency > 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override public String id() { return channel; }
        @Override public String name() { return channel; }
        @Override public String apiVersion() { return "bench"; }
        @Override public String endpoint() { return "memory://" + channel; }

        @Override
        public ChannelLimits limits() {
            return new ChannelLimits(60, ChannelLimits.TitleCounting.CHARACTERS, 9, 600, 3, "main-800", List.of());
        }

        @Override
        public String create(Product product) {
            pause();
            String id = channel + "-" + ids.incrementAndGet();
            byOuterId.put(product.spuCode(), id);
            creates.incrementAndGet();
            return id;
        }

        @Override
        public void update(String listingId, Product product) {
            pause();
            updates.incrementAndGet();
        }

        @Override
        public Optional<ChannelListing> findByOuterId(String outerId) {
            String id = byOuterId.get(outerId);
            return id == null ? Optional.empty() : Optional.of(new ChannelListing(id, outerId, true, null, Map.of()));
        }

        @Override public void setPrice(String listingId, String skuOuterId, BigDecimal price) { pause(); }
        @Override public void setStock(String listingId, String skuOuterId, int stock) { pause(); }
        @Override public void delist(String listingId) { pause(); }
        @Override public ListingPage listings(String cursor, int pageSize) { return new ListingPage(List.of(), ""); }
    }
}
