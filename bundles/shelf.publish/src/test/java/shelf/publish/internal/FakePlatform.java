package shelf.publish.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import shelf.api.catalog.Product;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;

/**
 * A marketplace in memory that misbehaves on demand, and adapters that talk to it. Several adapters (an old
 * and a new version) can share one platform, as they would share the real one. Faults are drawn from a seeded
 * random: a timeout before the platform acts, a lost response after it acted, system busy, throttling.
 */
public final class FakePlatform {
    public final Map<String, List<String>> listingsByOuterId = new ConcurrentHashMap<>();
    final Map<String, Product> products = new ConcurrentHashMap<>();
    public final Map<String, String> prices = new ConcurrentHashMap<>();
    public final AtomicInteger creates = new AtomicInteger();
    public final AtomicInteger updates = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();
    /** Every call that reached the platform, failed or not. */
    final AtomicInteger attempts = new AtomicInteger();
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Random random;
    volatile double timeouts;
    volatile double lostResponses;
    volatile double busy;
    volatile double throttled;
    /** What the adapter says keeps it from sending (ChannelAdapter.unavailable), or empty. */
    volatile String unavailable = "";
    /** How many lookups of each outer id the platform cannot answer yet (UNDER_REVIEW, as the WeChat shop while it is read). */
    volatile int unansweredLookups;
    private final Map<String, AtomicInteger> lookupsOf = new ConcurrentHashMap<>();

    public FakePlatform(long seed) {
        this.random = new Random(seed);
    }

    public FakePlatform faults(double timeouts, double lostResponses, double busy, double throttled) {
        this.timeouts = timeouts;
        this.lostResponses = lostResponses;
        this.busy = busy;
        this.throttled = throttled;
        return this;
    }

    /** Outer ids listed more than once. */
    public long duplicates() {
        return listingsByOuterId.values().stream().filter(l -> l.size() > 1).count();
    }

    int listings() {
        return listingsByOuterId.values().stream().mapToInt(List::size).sum();
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    /** Faults that strike before the platform does anything. */
    private void before() throws ChannelException {
        attempts.incrementAndGet();
        double r = draw();
        if (r < throttled) {
            throw new ChannelException(Kind.RATE_LIMITED, "isv.rate-limit", "调用频率超限");
        }
        r -= throttled;
        if (r < busy) {
            throw new ChannelException(Kind.BUSY, "isp.service-busy", "系统繁忙，请稍后再试");
        }
        r -= busy;
        if (r < timeouts) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "请求超时 (no answer within 10 s)");
        }
    }

    /** A fault that strikes after the platform acted: the answer is lost. */
    private void after() throws ChannelException {
        if (draw() < lostResponses) {
            throw new ChannelException(Kind.UNKNOWN_OUTCOME, "", "连接中断 (the answer never arrived)");
        }
    }

    public ChannelAdapter adapter(String channel) {
        return new Adapter(channel);
    }

    class Adapter implements ChannelAdapter {
        private final String channel;
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public Optional<String> unavailable() {
            return unavailable.isEmpty() ? Optional.empty() : Optional.of(unavailable);
        }

        Adapter(String channel) {
            this.channel = channel;
        }

        @Override
        public String id() {
            return channel;
        }

        @Override
        public String name() {
            return "测试平台 " + channel;
        }

        @Override
        public String apiVersion() {
            return "fake 1.0";
        }

        @Override
        public String endpoint() {
            return "memory://" + channel;
        }

        @Override
        public ChannelLimits limits() {
            return new ChannelLimits(60, ChannelLimits.TitleCounting.CHARACTERS, 5, 100, 2, "main-800", List.of());
        }

        @Override
        public String create(Product product) throws ChannelException {
            calls.add("create " + product.spuCode());
            before();
            if (refused.contains(product.spuCode())) {
                throw new ChannelException(Kind.REFUSED, "isv.invalid-title", "标题长度超过 60 个字符");
            }
            String id = Long.toString(ids.incrementAndGet());
            listingsByOuterId.computeIfAbsent(product.spuCode(), k -> new CopyOnWriteArrayList<>()).add(id);
            products.put(id, product);
            creates.incrementAndGet();
            after();
            return id;
        }

        @Override
        public void update(String listingId, Product product) throws ChannelException {
            calls.add("update " + listingId);
            before();
            if (!products.containsKey(listingId)) {
                throw new ChannelException(Kind.NOT_FOUND, "isv.item-not-exist", "商品不存在");
            }
            products.put(listingId, product);
            updates.incrementAndGet();
            after();
        }

        @Override
        public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
            calls.add("find " + outerId);
            lookups.incrementAndGet();
            if (lookupsOf.computeIfAbsent(outerId, k -> new AtomicInteger()).incrementAndGet() <= unansweredLookups) {
                throw new ChannelException(Kind.UNDER_REVIEW, "find.reading", "店铺商品正在逐页读取，稍后再查");
            }
            before();
            List<String> ids = listingsByOuterId.get(outerId);
            if (ids == null || ids.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ChannelListing(ids.get(0), outerId, true, products.get(ids.get(0)), Map.of()));
        }

        @Override
        public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
            calls.add("price " + listingId + " " + skuOuterId + " " + price.toPlainString());
            before();
            prices.put(skuOuterId, price.toPlainString());
            after();
        }

        @Override
        public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
            calls.add("stock " + listingId + " " + skuOuterId + " " + stock);
            before();
            after();
        }

        @Override
        public void delist(String listingId) {
            calls.add("delist " + listingId);
        }

        /** Pages of two, in listing id order, so a test sees the cursor at work. */
        @Override
        public ListingPage listings(String cursor, int pageSize) throws ChannelException {
            calls.add("listings " + cursor);
            before();
            List<String> ids = products.keySet().stream().sorted().toList();
            int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
            int to = Math.min(ids.size(), from + 2);
            List<ChannelListing> page = ids.subList(from, to).stream()
                    .map(id -> new ChannelListing(id, products.get(id).spuCode(), true, products.get(id), Map.of())).toList();
            return new ListingPage(page, to < ids.size() ? Integer.toString(to) : "");
        }
    }
}
