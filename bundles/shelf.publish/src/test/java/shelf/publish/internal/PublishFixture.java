package shelf.publish.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.publish.JobCounts;
import shelf.api.rules.RuleEngine;
import shelf.api.security.CommandAccess;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.Users;
import shelf.security.internal.audit.FileAuditLog;
import shelf.catalog.internal.H2CatalogStore;
import shelf.security.internal.SecurityFixture;
import shelf.core.internal.database.CatalogDatabase;

/**
 * A catalogue in a temporary folder, a publishing engine on it with quick retries, and a rule engine that
 * finds an error in every product whose title contains "最好" (a banned word). Public for the tests of what
 * publishes through the engine (scheduled publishes, price and stock, pulled shops).
 */
public final class PublishFixture implements AutoCloseable {
    static final RuleEngine BANNED_WORD = new TitleRuleEngine("最好");

    /** The first user of the fixture's home; the tests that are not about access run as admin. */
    public static final Subject ADMIN = new Subject("admin", java.util.Set.of(Role.ADMIN), DataScope.ALL);

    static final Settings QUICK = new Settings(0, Map.of(), 8, 30, 2, 40, 50, 100);

    /** Opens the catalogue's database: H2 in the fixture's folder unless a test gives another (PostgreSQL). */
    @FunctionalInterface
    public interface Opener {
        shelf.api.store.Database open() throws Exception;
    }

    private final Opener opener;
    private final Settings settings;
    public H2CatalogStore store;
    public PublishEngine engine;
    /** The audit trail in the fixture's folder, as the engine writes it. */
    public final FileAuditLog audit = new FileAuditLog();
    /** The default command ACL. */
    public final CommandAccess acl;
    /** The users in the catalogue; "admin" is there from the start. */
    public Users users;

    PublishFixture(Path folder, Settings settings) throws Exception {
        this(folder, settings, () -> CatalogDatabase.open(folder.resolve("catalog")));
    }

    /** On the database the opener gives, with the usual quick retries. */
    public PublishFixture(Path folder, Opener opener) throws Exception {
        this(folder, QUICK, opener);
    }

    private PublishFixture(Path folder, Settings settings, Opener opener) throws Exception {
        this.opener = opener;
        this.settings = settings;
        this.acl = SecurityFixture.acl(folder.resolve("etc").resolve("shelf.command.acl.properties"));
        audit.open(folder.resolve("data").resolve("audit.log")); // the key beside it in etc/, as in a home
        open();
        users.createFirstAdmin(ADMIN.name(), "admin-pass-1".toCharArray());
    }

    public PublishFixture(Path folder) throws Exception {
        this(folder, QUICK);
    }

    private void open() throws Exception {
        store = new H2CatalogStore();
        store.open(opener.open());
        users = SecurityFixture.users(store, audit);
        engine = new PublishEngine();
    }

    /** Starts the engine with these adapters registered first (none: jobs wait). */
    public PublishFixture start(Map<String, FakePlatform> platforms) throws Exception {
        long serviceId = 1;
        for (Map.Entry<String, FakePlatform> p : platforms.entrySet()) {
            engine.addAdapter(p.getValue().adapter(p.getKey()), p.getKey(), 0, serviceId++, "1.0.0");
        }
        engine.start(store, store, BANNED_WORD, acl, audit, settings);
        return this;
    }

    /** Starts the engine, no adapter registered, on the catalogue as {@code catalogue} shows it, with these rules. */
    PublishFixture start(shelf.api.catalog.CatalogStore catalogue, RuleEngine rules) throws Exception {
        engine.start(store, catalogue, rules, acl, audit, settings);
        return this;
    }

    /** Stops the engine and closes the database, as a stop of the runtime does, and opens both again. */
    public void restart(Map<String, FakePlatform> platforms) throws Exception {
        close();
        open();
        start(platforms);
    }

    public StoredBatch batch(List<Product> products) throws Exception {
        return batch("m1", products);
    }

    /** A batch of the merchant, its products as given (their merchant field is the batch's). */
    public StoredBatch batch(String merchant, List<Product> products) throws Exception {
        List<ImportedProduct> imported = products.stream().map(p -> new ImportedProduct(p, Map.of())).toList();
        int rows = products.stream().mapToInt(p -> p.skus().size()).sum();
        return store.store(Subject.SYSTEM, new NewBatch(merchant, "商品表.xlsx", "商品", rows, imported, List.of(), "ops"));
    }

    public JobCounts await(long run) throws Exception {
        return engine.await(ADMIN, run, Duration.ofSeconds(60));
    }

    public static List<Product> products(int count) {
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            products.add(product(String.format("SPU%05d", i), "纯棉短袖T恤 " + i, "99.00"));
        }
        return products;
    }

    public static Product product(String spu, String title, String price) {
        return product("m1", spu, title, price, "服装/男装/T恤");
    }

    /** A product of the merchant in the category, with two SKUs SPU-1 and SPU-2 at the price. */
    public static Product product(String merchant, String spu, String title, String price, String category) {
        List<Sku> skus = List.of(
                new Sku(spu + "-1", "", Map.of("颜色", "黑色"), null, new BigDecimal(price), null, null, 10, null),
                new Sku(spu + "-2", "", Map.of("颜色", "白色"), null, new BigDecimal(price), null, null, 12, null));
        return new Product(merchant, spu, title, "", category, "南极人", Map.of("材质", "纯棉"), "<p>纯棉</p>", List.of(),
                List.of("https://img.example.com/" + spu + ".jpg"), List.of(), "", "", "", 48, skus);
    }

    @Override
    public void close() {
        engine.stop();
        store.close();
    }
}
