package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.channel.sandbox.kit.SandboxListing;

/** The five real adapters against their simulators: the self-test, faults and business rules. */
class SandboxTest {
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.deactivate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"weidian", "taobao", "pinduoduo", "douyin", "wechat"})
    void everyStepOfTheSelfTestPasses(String channel) throws Exception {
        SelfTest test = new SelfTest(sandbox, Simulators.adapter(channel, sandbox));
        List<SelfTestStep> steps = test.run();
        assertTrue(test.passed(), steps.toString());
        assertEquals(8, steps.size());
        assertEquals("created once, found by outer id", steps.get(6).detail());
        assertEquals(0, sandbox.market(channel).store.count(), "the self-test removes its listings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"weidian", "taobao", "pinduoduo", "douyin", "wechat"})
    void injectedFaultsReachTheAdapterAsTheirKinds(String channel) throws Exception {
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
        adapter.findByOuterId("warm-up");      // obtains the token before the faults
        try {
            assertEquals(ChannelException.Kind.BUSY, failure(adapter, new FaultChange(null, null, 1.0, null, null, null, true)));
            assertEquals(ChannelException.Kind.RATE_LIMITED, failure(adapter, new FaultChange(null, null, null, 1, null, null, true)));
            assertEquals(ChannelException.Kind.UNKNOWN_OUTCOME, failure(adapter, new FaultChange(1.0, null, null, null, null, null, true)));
        } finally {
            sandbox.change(channel, new FaultChange(null, null, null, null, null, null, true), false);
        }
    }

    private static ChannelException.Kind failure(ChannelAdapter adapter, FaultChange change) {
        sandbox.change(adapter.id(), change, false);
        try {
            // three quick calls: whichever second boundary falls between them, one second sees two (QPS 1 exceeded)
            for (int i = 0; i < 3; i++) {
                adapter.findByOuterId("SPU-none");
            }
            throw new AssertionError(adapter.id() + ": no failure under " + change);
        } catch (ChannelException e) {
            return e.kind();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"weidian", "taobao", "pinduoduo", "douyin", "wechat"})
    void aListingThePlatformRefusesIsARefusalWithItsReason(String channel) throws Exception {
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
        String tooLong = "超长标题".repeat(channel.equals("weidian") ? 1600 : 20);
        ChannelException e = org.junit.jupiter.api.Assertions.assertThrows(ChannelException.class,
                () -> adapter.create(SelfTest.product("SPU-LONG", tooLong)));
        assertEquals(ChannelException.Kind.REFUSED, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("标题过长"), e.getMessage());
        assertEquals(0, sandbox.market(channel).store.byOuterId("SPU-LONG").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"weidian", "taobao", "pinduoduo", "douyin", "wechat"})
    void aLocalImageIsUploadedOnceAndListedByThePlatformsUrl(String channel, @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path image = folder.resolve("主图.jpg");
        // a real JPEG: the WeChat shop's upload needs its width and height
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                image.toFile());
        shelf.api.catalog.Product local = SelfTest.product("SPU-IMG", "纯棉T恤 本地图片");
        local = new shelf.api.catalog.Product(local.merchant(), local.spuCode(), local.title(), "", local.categoryPath(),
                local.brand(), local.attributes(), local.description(), List.of(), List.of(image.toString()), List.of(), "",
                "", "", 48, local.skus());
        ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
        long before = sandbox.market(channel).images.get();
        adapter.create(local);
        adapter.update(sandbox.market(channel).store.byOuterId("SPU-IMG").get(0).id, local);
        SandboxListing listing = sandbox.market(channel).store.byOuterId("SPU-IMG").get(0);
        assertEquals(1, sandbox.market(channel).images.get() - before, "uploaded once, reused by the update");
        assertTrue(listing.images.get(0).startsWith("https://img.sandbox.shelf.local/" + channel + "/"), listing.images.toString());
        sandbox.market(channel).store.removeOuterIds("SPU-IMG");
    }

    @Test
    void douyinFetchesAllImagesOfAProductInOneRequestAndEveryRequestWaitsAtTheGate() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("douyin", sandbox);
        adapter.findByOuterId("warm-up"); // the access token first
        java.util.concurrent.atomic.AtomicInteger entered = new java.util.concurrent.atomic.AtomicInteger();
        assertTrue(adapter.paceWith(entered::incrementAndGet), "the adapter paces its own requests");
        shelf.api.catalog.Product p = SelfTest.product("SPU-PICS", "纯棉T恤 五张图");
        List<String> main = List.of("https://img.example.com/a.jpg", "https://img.example.com/b.jpg", "https://img.example.com/c.jpg");
        List<String> detail = List.of("https://img.example.com/d.jpg", "https://img.example.com/a.jpg");
        p = new shelf.api.catalog.Product(p.merchant(), p.spuCode(), p.title(), "", p.categoryPath(), p.brand(), p.attributes(),
                p.description(), List.of(), main, detail, "", "", "", 48, p.skus());
        long before = sandbox.market("douyin").images.get();

        adapter.create(p);
        assertEquals(3, entered.get(), "one material.batchUploadImageSync, one product.addV2, one product.detail for its review");
        assertEquals(4, sandbox.market("douyin").images.get() - before, "four distinct images fetched");
        SandboxListing listing = sandbox.market("douyin").store.byOuterId("SPU-PICS").get(0);
        assertEquals(3, listing.images.size(), listing.images.toString());
        assertTrue(listing.images.stream().allMatch(u -> u.startsWith("https://img.sandbox.shelf.local/douyin/")),
                listing.images.toString());

        adapter.update(listing.id, p);
        assertEquals(5, entered.get(), "the update sends no image again: product.editV2 and product.detail");
        sandbox.market("douyin").store.removeOuterIds("SPU-PICS");
    }

    @Test
    void duplicatesCountOuterIdsListedMoreThanOnce() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("taobao", sandbox);
        adapter.create(SelfTest.product("SPU-DUP", "纯棉T恤"));
        adapter.create(SelfTest.product("SPU-DUP", "纯棉T恤"));
        assertEquals(1, sandbox.market("taobao").store.duplicates());
        sandbox.market("taobao").store.removeOuterIds("SPU-DUP");
    }
}
