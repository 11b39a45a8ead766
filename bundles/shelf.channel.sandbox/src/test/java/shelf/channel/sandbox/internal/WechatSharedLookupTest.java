package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelListing;
import shelf.channel.sandbox.kit.ListingDraft;

/**
 * WeChat's shop has no lookup by outer id: a lookup reads every page of the shop. Lookups made together — a
 * burst of lost answers, or a dead node's jobs taken over — share their reads of the shop instead of each
 * reading it all.
 */
class WechatSharedLookupTest {
    private static final int PRODUCTS = 1_000; // ten pages of product/list/get
    private static final int LOOKUPS = 8;

    private final Sandbox sandbox;

    WechatSharedLookupTest() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterEach
    void stop() {
        sandbox.deactivate();
    }

    @Test
    void lookupsMadeTogetherShareTheirReadsOfTheShop() throws Exception {
        for (int i = 0; i < PRODUCTS; i++) {
            sandbox.market("wechat").store.create(new ListingDraft(String.format("SPU-%04d", i), "纯棉T恤 " + i, "6153",
                    List.of("https://img.sandbox.shelf.local/wechat/a.jpg"),
                    List.of(new ListingDraft.SkuDraft(String.format("SPU-%04d-1", i), Map.of("颜色", "黑色"), 9900, 10, ""))));
        }
        ChannelAdapter adapter = Simulators.adapter("wechat", sandbox);
        assertTrue(adapter.findByOuterId("SPU-none").isEmpty()); // the token, and every product read once
        AtomicInteger requests = new AtomicInteger();
        adapter.paceWith(() -> {
            requests.incrementAndGet();
            Thread.sleep(2); // a platform at a few hundred calls a second
        });

        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(LOOKUPS);
        try {
            List<Future<ChannelListing>> found = new ArrayList<>();
            for (int i = 0; i < LOOKUPS; i++) {
                String outerId = String.format("SPU-%04d", PRODUCTS - 1 - i);
                found.add(pool.submit(() -> {
                    together.await();
                    return adapter.findByOuterId(outerId).orElseThrow();
                }));
            }
            together.countDown();
            for (int i = 0; i < LOOKUPS; i++) {
                assertEquals(String.format("SPU-%04d", PRODUCTS - 1 - i), found.get(i).get().outerId());
            }
        } finally {
            pool.shutdownNow();
        }
        int pages = PRODUCTS / 100 + 1; // the last page is empty
        // each lookup alone would read all pages (88 requests); together: a read under way when they came, the
        // one they shared, and one product/get each
        assertTrue(requests.get() <= 3 * pages + LOOKUPS, requests.get() + " requests for " + LOOKUPS + " lookups together");
    }
}
