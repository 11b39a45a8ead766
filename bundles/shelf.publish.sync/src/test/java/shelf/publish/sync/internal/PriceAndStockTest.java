package shelf.publish.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.api.catalog.StoredBatch;
import shelf.api.publish.Job;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.publish.internal.FakePlatform;
import shelf.publish.internal.PublishFixture;

/** price:set and stock:set: the catalogue changed, and the value sent wherever the product is live. */
class PriceAndStockTest {
    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of()));

    @TempDir
    Path folder;

    PublishFixture shelf;
    ListingSyncService sync;

    @AfterEach
    void close() {
        if (shelf != null) {
            shelf.close();
        }
    }

    private void start(Map<String, FakePlatform> platforms) throws Exception {
        shelf = new PublishFixture(folder).start(platforms);
        sync = new ListingSyncService(shelf.store, shelf.store, shelf.engine, shelf.acl, shelf.audit);
    }

    private void live(StoredBatch batch, String... channels) throws Exception {
        shelf.await(shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of(channels), "ops")).run());
    }

    @Test
    void aNewPriceGoesToEveryChannelWhereTheProductIsLiveAndIntoTheCatalogue() throws Exception {
        FakePlatform weidian = new FakePlatform(6);
        FakePlatform taobao = new FakePlatform(7);
        start(Map.of("weidian", weidian, "taobao", taobao));
        live(shelf.batch(List.of(PublishFixture.product("A1", "纯棉T恤", "99.00"))), "weidian", "taobao");

        List<Job> jobs = sync.setPrice(PublishFixture.ADMIN, "", "A1-2", new BigDecimal("89.50"));
        assertEquals(List.of("taobao", "weidian"), jobs.stream().map(Job::channel).sorted().toList());
        shelf.await(jobs.get(0).run());

        assertEquals("89.50", weidian.prices.get("A1-2"));
        assertEquals("89.50", taobao.prices.get("A1-2"));
        assertEquals(new BigDecimal("89.50"), shelf.store.product(Subject.SYSTEM, "A1").get(0).product().skus().get(1).salePrice());
        PublishException unknown = assertThrows(PublishException.class,
                () -> sync.setStock(PublishFixture.ADMIN, "", "NOPE-1", 3));
        assertEquals("no SKU NOPE-1 in the catalogue — see product:show", unknown.getMessage());
    }

    /** acme and beta both use the SPU code A1 and its SKU codes; lily edits acme's only. */
    @Test
    void anEditorSetsPricesAndStockOfTheirOwnMerchantOnly() throws Exception {
        start(Map.of("weidian", new FakePlatform(30)));
        live(shelf.batch("acme", List.of(PublishFixture.product("acme", "A1", "纯棉T恤", "99.00", "服装/男装/T恤"))), "weidian");
        live(shelf.batch("beta", List.of(PublishFixture.product("beta", "A1", "纯棉T恤", "99.00", "服装/男装/T恤"),
                PublishFixture.product("beta", "B1", "牛仔裤", "129.00", "服装/男装/裤子"))), "weidian");

        AccessRefusedException named = assertThrows(AccessRefusedException.class,
                () -> sync.setPrice(LILY, "beta", "A1-2", new BigDecimal("1.00")));
        assertEquals("SKU A1-2 is outside lily's data scope (acme)", named.getMessage());
        AccessRefusedException stock = assertThrows(AccessRefusedException.class,
                () -> sync.setStock(LILY, "", "B1-1", 0));
        assertEquals("SKU B1-1 is outside lily's data scope (acme)", stock.getMessage());

        List<Job> sent = sync.setPrice(LILY, "", "A1-2", new BigDecimal("89.50"));
        assertEquals(List.of("acme"), sent.stream().map(Job::merchant).distinct().toList(),
                "the shared SKU code resolves among lily's merchants only");
        shelf.await(sent.get(0).run());
        assertEquals(new BigDecimal("89.50"), price("acme"));
        assertEquals(new BigDecimal("99.00"), price("beta"));

        sync.setStock(LILY, "", "A1-1", 7);
        List<AuditEntry> lines = shelf.audit.tail("lily", null, 0);
        assertEquals(List.of("price:set sku:acme/A1-2 99.00 → 89.50", "stock:set sku:acme/A1-1 10 → 7"),
                lines.stream().map(e -> e.command() + " " + String.join(",", e.objects()) + " " + e.before() + " → "
                        + e.after()).toList());
        assertEquals("1 product; sent to weidian", lines.get(0).detail());
    }

    private BigDecimal price(String merchant) throws Exception {
        return shelf.store.product(Subject.SYSTEM, "A1").stream().filter(p -> p.product().merchant().equals(merchant)).findFirst()
                .orElseThrow().product().skus().get(1).salePrice();
    }
}
