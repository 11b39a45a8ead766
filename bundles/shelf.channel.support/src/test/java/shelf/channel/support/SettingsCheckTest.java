package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

import shelf.api.catalog.Product;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;

/** A typo or a value the platform does not take in etc/channels/*.properties is refused, not run on defaults. */
class SettingsCheckTest {
    private static final List<String> TOP = List.of("md5", "hmac", "hmac-sha256");

    @TempDir
    Path home;

    @Test
    void eachBadLineIsNamedWithWhatMayBeWrittenThere() throws Exception {
        write("taobao", """
                # the real platform
                endpiont=https://eco.taobao.com
                appKey=12345678
                signMethod=sha1
                timeoutMs=ten seconds
                appKey = 87654321
                shopId=acme
                """);

        assertEquals(List.of(
                "etc/channels/taobao.properties line 2: unknown setting 'endpiont' — did you mean 'endpoint'? (settings: endpoint,"
                        + " appKey, appSecret, accessToken, refreshToken, shopId, signMethod, timeoutMs, connectTimeoutMs, reviewWaitMs)",
                "etc/channels/taobao.properties line 4: signMethod 'sha1' is not one taobao offers — write md5, hmac or hmac-sha256"
                        + " (md5 when left out)",
                "etc/channels/taobao.properties line 5: timeoutMs 'ten seconds' is not a number of milliseconds — write a whole"
                        + " number above 0, such as 10000",
                "etc/channels/taobao.properties line 6: appKey is set again (first on line 3) — keep one of them",
                "etc/channels/taobao.properties line 7: shopId 'acme' is not a shop id — write the shop's number, such as 10000001"),
                ChannelSettings.problems("taobao", SupportTest.defaults(), home, TOP));
    }

    @Test
    void configuredTimeoutsAreCheckedAsTheFilesAre() {
        assertEquals(List.of(
                "configuration shelf.channel.taobao: timeoutMs '0' is not a number of milliseconds — write a whole number"
                        + " above 0, such as 10000",
                "configuration shelf.channel.taobao: connectTimeoutMs '-5' is not a number of milliseconds — write a whole"
                        + " number above 0, such as 10000"),
                SettingsCheck.configuredTimeouts("taobao", 0, -5));
        assertEquals(List.of(), SettingsCheck.configuredTimeouts("taobao", 10_000, 3_000));
    }

    @Test
    void aValueContinuedOnTheNextLineIsOneSettingAndAWordFarFromAnyIsNotGuessed() throws Exception {
        write("weidian", "appKey=1234\\\n  5678\nfavouriteColour=blue\nendpoint=api.vdian.com\n");

        assertEquals(List.of(
                "etc/channels/weidian.properties line 3: unknown setting 'favouriteColour' (settings: endpoint, appKey, appSecret,"
                        + " accessToken, refreshToken, shopId, signMethod, timeoutMs, connectTimeoutMs, reviewWaitMs)",
                "etc/channels/weidian.properties line 4: endpoint 'api.vdian.com' is neither sandbox nor a web address — write"
                        + " sandbox or the gateway root, such as https://eco.taobao.com"),
                ChannelSettings.problems("weidian", SupportTest.defaults(), home, List.of()));
        write("weidian", "signMethod=md5\n");
        assertEquals(List.of("etc/channels/weidian.properties line 1: weidian offers no choice of signing method — remove"
                + " signMethod"), ChannelSettings.problems("weidian", SupportTest.defaults(), home, List.of()));
    }

    @Test
    void goodSettingsPass() throws Exception {
        write("taobao", "endpoint=https://eco.taobao.com\nappKey=12345678\nappSecret=s\nsignMethod=hmac-sha256\n"
                + "timeoutMs=10000\nconnectTimeoutMs=3000\nreviewWaitMs=0\n");
        assertEquals(List.of(), ChannelSettings.problems("taobao", SupportTest.defaults(), home, TOP));
        assertEquals(List.of(), ChannelSettings.problems("douyin", SupportTest.defaults(), home, TOP), "no file");
    }

    @Test
    void anAdapterWithBadSettingsSendsNothingAndSaysWhy() throws Exception {
        write("toptest", "endpiont=https://eco.taobao.com\nappSecret=TOPSECRET\n");
        TestAdapter adapter = new TestAdapter();

        adapter.start(SupportTest.defaults(), context(home));

        Optional<String> why = adapter.unavailable();
        assertTrue(why.orElseThrow().startsWith("misconfigured — etc/channels/toptest.properties line 1: unknown setting"
                + " 'endpiont' — did you mean 'endpoint'?"), why.toString());
        assertEquals("settings refused: etc/channels/toptest.properties", adapter.endpoint());
        assertEquals("not used — etc/channels/toptest.properties has errors (see health)", adapter.credentials(),
                "not the configuration's app key, as if it were in use");
        assertFalse(adapter.toString().contains("TOPSECRET"));
    }

    @Test
    void anAdapterWhoseConfigurationHasATimeoutOfZeroStartsAndSaysWhyItSendsNothing() throws Exception {
        ChannelConfig defaults = SupportTest.defaults();
        ChannelConfig zero = (ChannelConfig) Proxy.newProxyInstance(SettingsCheckTest.class.getClassLoader(),
                new Class<?>[] {ChannelConfig.class},
                (proxy, method, args) -> method.getName().equals("timeoutMs") ? 0 : method.invoke(defaults, args));
        TestAdapter adapter = new TestAdapter();

        adapter.start(zero, context(home));

        assertEquals(Optional.of("misconfigured — configuration shelf.channel.toptest: timeoutMs '0' is not a number of"
                + " milliseconds — write a whole number above 0, such as 10000"), adapter.unavailable());
        assertEquals("settings refused: configuration shelf.channel.toptest", adapter.endpoint());
        assertEquals("not used — configuration shelf.channel.toptest has errors (see health)", adapter.credentials());
        adapter.stop();
    }

    @Test
    void theAdapterShowsItsAppKeyAndSigningMethodButNoSecret() throws Exception {
        write("toptest", "endpoint=https://eco.taobao.com\nappKey=12345678\nappSecret=TOPSECRET\n");
        TestAdapter adapter = new TestAdapter();

        adapter.start(SupportTest.defaults(), context(home));

        assertEquals(Optional.empty(), adapter.unavailable());
        assertEquals("app key 12345678, secret (set), signed with md5 (the default)", adapter.credentials());
        write("toptest", "endpoint=https://eco.taobao.com\nappKey=12345678\nsignMethod=hmac\n");
        adapter.start(SupportTest.defaults(), context(home));
        assertEquals("app key 12345678, secret (set), signed with hmac", adapter.credentials());
    }

    private void write(String channel, String text) throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Path file = ChannelSettings.file(home, channel);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static BundleContext context(Path home) {
        return (BundleContext) Proxy.newProxyInstance(SettingsCheckTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> method.getName().equals("getProperty") && "shelf.home".equals(args[0])
                        ? home.toString() : null);
    }

    /** An adapter that takes Taobao's signing methods and makes no call (not named taobao: the sandbox's tests see this
     * bundle's test resources beside the Taobao bundle's category file). */
    static final class TestAdapter extends PlatformAdapter {
        TestAdapter() {
            super("toptest", "TOP test", "test", new ChannelLimits(60, ChannelLimits.TitleCounting.CHARACTERS, 5, 100, 2, "main",
                    List.of()));
        }

        @Override
        protected List<String> signMethods() {
            return TOP;
        }

        @Override public String create(Product product) { throw new UnsupportedOperationException(); }
        @Override public void update(String listingId, Product product) { throw new UnsupportedOperationException(); }
        @Override public Optional<ChannelListing> findByOuterId(String outerId) { return Optional.empty(); }
        @Override public void setPrice(String listingId, String sku, BigDecimal price) { throw new UnsupportedOperationException(); }
        @Override public void setStock(String listingId, String sku, int stock) { throw new UnsupportedOperationException(); }
        @Override public void delist(String listingId) { throw new UnsupportedOperationException(); }
        @Override public ListingPage listings(String cursor, int pageSize) { return new ListingPage(List.of(), ""); }
    }
}
