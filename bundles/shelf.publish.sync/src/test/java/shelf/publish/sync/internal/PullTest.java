package shelf.publish.sync.internal;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ProductQuery;
import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishRequest;
import shelf.api.publish.PullReport;
import shelf.publish.internal.FakePlatform;
import shelf.publish.internal.PublishFixture;
import shelf.api.security.Subject;

/** A shop pulled from one marketplace into the catalogue, and copied to another. */
class PullTest {
    @TempDir
    Path folder;

    PublishFixture shelf;

    @AfterEach
    void close() {
        if (shelf != null) {
            shelf.close();
        }
    }

    @Test
    void aPulledShopIsABatchThatCopiesToAnotherChannelAndUpdatesRatherThanRelistsAtHome() throws Exception {
        FakePlatform taobao = new FakePlatform(20);
        FakePlatform weidian = new FakePlatform(21);
        var seller = taobao.adapter("taobao");
        for (var product : PublishFixture.products(5)) {
            seller.create(new shelf.api.catalog.Product("淘宝店", product.spuCode(), product.title(), "", product.categoryPath(),
                    product.brand(), product.attributes(), product.description(), List.of(), product.mainImages(), List.of(), "",
                    "", "", 48, product.skus()));
        }
        taobao.faults(0, 0, 0.2, 0); // system busy now and then: a page is asked for again
        shelf = new PublishFixture(folder).start(Map.of("taobao", taobao, "weidian", weidian));

        ListingSyncService sync = new ListingSyncService(shelf.store, shelf.store, shelf.engine, shelf.acl, shelf.audit);
        PullReport pulled = sync.pull(PublishFixture.ADMIN, "taobao", "acme");
        assertEquals(new PullReport("taobao", "acme", 1, 5, 5, List.of()), pulled);
        assertEquals(5, shelf.store.products(Subject.SYSTEM, new ProductQuery(1L, "", "acme", 0)).size());
        var line = shelf.audit.tail("admin", null, 1).get(0);
        assertEquals("channel:pull [channel:taobao, batch:1] 5 listings read, 5 products stored under merchant acme, 0 skipped",
                line.command() + " " + line.objects() + " " + line.detail());
        var lily = new Subject("lily", java.util.Set.of(Role.OPS),
                new DataScope(java.util.Set.of("acme"), List.of()));
        assertEquals("merchant beta is outside lily's data scope (acme)", org.junit.jupiter.api.Assertions.assertThrows(
                AccessRefusedException.class, () -> sync.pull(lily, "taobao", "beta")).getMessage());

        taobao.faults(0, 0, 0, 0);
        JobCounts copied = shelf.await(shelf.engine.publish(PublishFixture.ADMIN, 
                new PublishRequest(pulled.batchId(), List.of(), List.of("weidian", "taobao"), "ops")).run());
        assertEquals(new JobCounts(0, 0, 10, 0, 0), copied);
        assertEquals(5, weidian.listingsByOuterId.size());
        assertEquals(5, taobao.creates.get(), "the pulled products were updated on taobao, not listed again");
        assertEquals(5, taobao.updates.get());
    }
}
