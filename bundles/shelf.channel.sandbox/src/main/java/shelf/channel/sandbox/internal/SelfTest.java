package shelf.channel.sandbox.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelListing;
import shelf.channel.sandbox.kit.FaultPlan;

/**
 * Drives one real adapter against its simulator the way the publisher will: create, find by outer id,
 * set price and stock (and read them back), update, delist; then a create whose answer is lost must be
 * found by its outer id, and an expired token must be renewed on the next call. Its listings are removed
 * from the simulated shop afterwards.
 */
final class SelfTest {
    static final String PREFIX = "SELFTEST-";

    /** One step's work; returns what it saw, or throws when it did not work. */
    interface Step {
        String run() throws Exception;
    }

    private final Sandbox sandbox;
    private final ChannelAdapter adapter;
    private final List<SelfTestStep> steps = new ArrayList<>();
    private boolean failed;

    SelfTest(Sandbox sandbox, ChannelAdapter adapter) {
        this.sandbox = sandbox;
        this.adapter = adapter;
    }

    List<SelfTestStep> run() {
        Marketplace market = sandbox.market(adapter.id());
        String outerId = PREFIX + adapter.id() + "-" + System.currentTimeMillis();
        Product product = product(outerId, "纯棉圆领短袖T恤 男款 自测");
        String[] id = new String[1];
        step("create", () -> (id[0] = adapter.create(product)));
        step("find by outer id", () -> expect(found(outerId).listingId().equals(id[0]), "listing " + id[0]));
        step("set price 19.90", () -> {
            adapter.setPrice(id[0], outerId + "-M", new BigDecimal("19.90"));
            return expect(sku(found(outerId), outerId + "-M").salePrice().compareTo(new BigDecimal("19.90")) == 0, "price 19.90");
        });
        step("set stock 7", () -> {
            adapter.setStock(id[0], outerId + "-L", 7);
            return expect(sku(found(outerId), outerId + "-L").stock() == 7, "stock 7");
        });
        step("update title", () -> {
            adapter.update(id[0], product(outerId, "纯棉圆领短袖T恤 男款 自测 改"));
            return expect(found(outerId).product().title().endsWith("改"), "title changed");
        });
        step("delist", () -> {
            adapter.delist(id[0]);
            return expect(!found(outerId).onSale(), "off sale");
        });
        step("lost response, then found", () -> {
            FaultPlan before = market.faults;
            market.faults = new FaultPlan(0, 1, 0, 0, 0, before.tokenTtlSeconds());
            String lost = outerId + "-LOST";
            try {
                adapter.create(product(lost, "纯棉圆领短袖T恤 男款 应答丢失"));
                throw new IllegalStateException("the create answered although its response was to be lost");
            } catch (ChannelException e) {
                if (e.kind() != ChannelException.Kind.UNKNOWN_OUTCOME) {
                    throw e;
                }
            } finally {
                market.faults = before;
            }
            return expect(market.store.byOuterId(lost).size() == 1 && found(lost) != null, "created once, found by outer id");
        });
        step("token expired, renewed", () -> {
            market.tokens.expireAll();
            return expect(found(outerId) != null, "call succeeded with a new token");
        });
        market.store.removeOuterIds(PREFIX + adapter.id() + "-");
        return steps;
    }

    boolean passed() {
        return !failed;
    }

    private void step(String name, Step step) {
        if (failed) {
            steps.add(new SelfTestStep(adapter.id(), name, false, "skipped", 0));
            return;
        }
        long start = System.nanoTime();
        try {
            String seen = step.run();
            steps.add(new SelfTestStep(adapter.id(), name, true, seen, (System.nanoTime() - start) / 1_000_000));
        } catch (Exception e) {
            failed = true;
            steps.add(new SelfTestStep(adapter.id(), name, false, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000));
        }
    }

    private ChannelListing found(String outerId) throws ChannelException {
        Optional<ChannelListing> listing = adapter.findByOuterId(outerId);
        return listing.orElseThrow(() -> new IllegalStateException("no listing with outer id " + outerId));
    }

    private static Sku sku(ChannelListing listing, String code) {
        return listing.product().skus().stream().filter(s -> s.skuCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the listing has no SKU " + code));
    }

    private static String expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected " + what);
        }
        return what;
    }

    static Product product(String outerId, String title) {
        List<Sku> skus = new ArrayList<>();
        for (String size : List.of("M", "L")) {
            Map<String, String> specs = new LinkedHashMap<>();
            specs.put("颜色", "黑色");
            specs.put("尺码", size);
            skus.add(new Sku(outerId + "-" + size, "", specs, null, new BigDecimal("29.90"), null, new BigDecimal("59.00"), 10, null));
        }
        return new Product("selftest", outerId, title, "", "服装/男装/T恤", "南极人", Map.of("材质", "纯棉"),
                "<p>纯棉圆领短袖T恤，透气吸汗，自测商品</p>", List.of(), List.of("https://img.shelf.example/selftest/main_1.jpg"),
                List.of("https://img.shelf.example/selftest/detail_1.jpg"), "", "包邮", "七天无理由", 48, skus);
    }
}
