package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.catalog.testing.CountingStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.StoredBatch;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.rules.engine.internal.ParallelRuleEngine;
import shelf.rules.engine.internal.RulePackReader;

/**
 * A batch of 12,000 products, more than two parts of BatchPlanner.PART, published to two channels: one job per
 * product and channel, those with errors left out and counted, never more products read at once than a part, and a
 * second publish queues nothing twice.
 */
class LargeBatchPublishTest {
    static final int PRODUCTS = 12_000;

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
    void aLargeBatchIsQueuedPartByPartOneJobPerProductAndChannelAndNeverTwice() throws Exception {
        shelf = new PublishFixture(folder);
        CountingStore catalogue = new CountingStore(shelf.store);
        ParallelRuleEngine rules = new ParallelRuleEngine();
        rules.addPack(RulePackReader.read("t.rules.json", "{\"id\":\"base\",\"version\":\"1.0.0\",\"rules\":[{"
                + "\"id\":\"banned\",\"code\":\"title.banned-word\",\"field\":\"title\",\"check\":\"notContainsWords\","
                + "\"words\":[\"最好\"],\"severity\":\"error\",\"message\":\"标题含违禁词「{detail}」\"}]}"));
        shelf.start(catalogue, rules);
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            // one product in a thousand has a banned word: left out on both channels
            products.add(PublishFixture.product(String.format("SPU%05d", i), (i % 1000 == 7 ? "最好的" : "") + "纯棉短袖T恤 " + i,
                    "99.00"));
        }
        StoredBatch batch = shelf.batch(products);

        PublishReport report = shelf.engine.publish(PublishFixture.ADMIN,
                new PublishRequest(batch.id(), List.of(), List.of("weidian", "taobao"), "ops"));

        assertEquals(2 * (PRODUCTS - 12), report.queued());
        assertEquals(PRODUCTS, report.products());
        assertEquals(24, report.leftOut());
        assertEquals("title.banned-word 标题含违禁词「最好」", report.blocked().get(0).first());
        assertEquals(List.of("taobao", "weidian"), report.withoutAdapter().stream().sorted().toList());
        assertEquals(2 * (PRODUCTS - 12), count("SELECT COUNT(*) FROM publish_job"));
        assertEquals(2 * (PRODUCTS - 12), count("SELECT COUNT(*) FROM (SELECT DISTINCT channel, merchant, spu_code FROM publish_job) j"),
                "one job per product and channel");
        assertEquals(0, count("SELECT COUNT(*) FROM publish_job WHERE spu_code = 'SPU00007'"));
        assertTrue(catalogue.mostAtOnce <= BatchPlanner.PART, catalogue.mostAtOnce + " products read at once");

        PublishReport again = shelf.engine.publish(PublishFixture.ADMIN,
                new PublishRequest(batch.id(), List.of(), List.of("weidian", "taobao"), "ops"));
        assertEquals(0, again.queued());
        assertEquals(2 * (PRODUCTS - 12), again.alreadyQueued(), "every job still waits: none queued twice");
        assertEquals(2 * (PRODUCTS - 12), count("SELECT COUNT(*) FROM publish_job"));
    }

    private int count(String sql) throws Exception {
        try (Connection c = shelf.store.connect(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
