package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Money, category maps, settings and the token cache as an adapter uses them. */
class SupportTest {
    @TempDir
    Path home;

    @Test
    void pricesBecomeFenExactlyOrAreRefused() {
        assertEquals(1250, Money.fen(new BigDecimal("12.5")));
        assertEquals("12.50", Money.yuan(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("0.99"), Money.fromFen(99));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.fen(new BigDecimal("1.005")));
        assertEquals("price 1.005 has fractions of a fen", e.getMessage());
    }

    @Test
    void aCategoryMatchesItselfThenItsParentsThenTheDefault() {
        Map<String, PlatformCategory> entries = new LinkedHashMap<>();
        CategoryMap.read("shipped", "{\"categories\": {\"服装/男装\": {\"id\": \"30\", \"required\": {\"品牌\": \"20000\"}},"
                + " \"服装/男装/T恤\": {\"id\": \"50000436\"}, \"*\": {\"id\": \"50023728\"}}}", entries);
        assertEquals("50000436", entries.get("服装/男装/T恤").id());
        assertEquals(Map.of("品牌", "20000"), entries.get("服装/男装").requiredAttributes());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CategoryMap.read("etc/channels/x-categories.json", "{\"categories\": {\"服装\": {}}}", entries));
        assertEquals("etc/channels/x-categories.json, category 服装: missing \"id\"", bad.getMessage());
    }

    @Test
    void theEtcFileOverridesAShippedCategory() throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Files.writeString(CategoryMap.file(home, "test"), "{\"categories\": {\"服装>男装>T恤\": {\"id\": \"999\"}}}");
        CategoryMap map = CategoryMap.load(SupportTest.class, "test-categories.json", home, "test");
        assertEquals("999", map.lookup("服装 > 男装 > T恤").orElseThrow().id());
        assertEquals("30", map.lookup("服装/男装/裤子").orElseThrow().id());
        assertEquals("50023728", map.lookup("家居/床品").orElseThrow().id());
    }

    @Test
    void theEtcFileOverridesConfigurationAndSecretsNeverShow() throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Files.writeString(ChannelSettings.file(home, "taobao"), "endpoint=https://eco.taobao.com\nappSecret=TOPSECRET\n");
        Files.setPosixFilePermissions(ChannelSettings.file(home, "taobao"), PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.empty(), ChannelSettings.refusal(home, "taobao"));
        ChannelSettings settings = ChannelSettings.of("taobao", defaults(), home);
        assertEquals("https://eco.taobao.com", settings.endpoint());
        assertFalse(settings.sandbox());
        assertEquals("TOPSECRET", settings.appSecret().reveal());
        assertEquals("taobao → https://eco.taobao.com (app key sandbox, secret (set))", settings.toString());
        assertFalse(settings.toString().contains("TOPSECRET"));
        assertTrue(ChannelSettings.of("pinduoduo", defaults(), home).sandbox());
    }

    @Test
    void aSecretsFileOthersCanReadIsRefusedAndItsSecretsAreNotUsed() throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Path file = ChannelSettings.file(home, "taobao");
        Files.writeString(file, "endpoint=https://eco.taobao.com\nappSecret=TOPSECRET\naccessToken=TOKEN\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Optional.of("etc/channels/taobao.properties can be read by others (mode 0644): run chmod 600 " + file
                + " and restart Shelf — its secrets are not used until then"), ChannelSettings.refusal(home, "taobao"));
        ChannelSettings settings = ChannelSettings.of("taobao", defaults(), home);
        assertEquals("https://eco.taobao.com", settings.endpoint(), "what is not secret is still read");
        assertEquals("sandbox-secret", settings.appSecret().reveal(), "the configuration's secret, not the file's");
        assertEquals("", settings.accessToken().reveal());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw--w----"));
        assertTrue(ChannelSettings.refusal(home, "taobao").orElseThrow()
                .startsWith("etc/channels/taobao.properties can be changed by others (mode 0620)"));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.empty(), ChannelSettings.refusal(home, "taobao"));
        assertEquals("TOPSECRET", ChannelSettings.of("taobao", defaults(), home).appSecret().reveal());
    }

    @Test
    void aSettingsFileWithoutSecretsMayBeReadByAnyone() throws Exception {
        Files.createDirectories(home.resolve("etc/channels"));
        Files.writeString(ChannelSettings.file(home, "sandbox"), "port=0\n");
        Files.setPosixFilePermissions(ChannelSettings.file(home, "sandbox"), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Optional.empty(), ChannelSettings.refusal(home, "sandbox"));
    }

    @Test
    void aRejectedTokenIsRenewedOnceForAllThreadsThatSawIt() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        AccessTokens tokens = new AccessTokens(previous -> new AccessToken(Secret.of("t" + issued.incrementAndGet()),
                clock.instant().plusSeconds(7200), Secret.of("r")), null, clock);
        assertEquals("t1", tokens.current());
        assertEquals("t1", tokens.current());
        assertEquals("t2", tokens.renewAfterRejection("t1"));
        assertEquals("t2", tokens.renewAfterRejection("t1"), "a second thread rejected with t1 reuses t2");
        assertEquals(2, issued.get());
    }

    @Test
    void aTokenAboutToExpireIsRenewedBeforeUse() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        AccessTokens tokens = new AccessTokens(previous -> new AccessToken(Secret.of("fresh"), clock.instant().plusSeconds(7200),
                Secret.of("")), new AccessToken(Secret.of("old"), clock.instant().plusSeconds(30), Secret.of("")), clock);
        assertEquals("fresh", tokens.current());
    }

    static ChannelConfig defaults() {
        return new ChannelConfig() {
            @Override public Class<? extends Annotation> annotationType() { return ChannelConfig.class; }
            @Override public String endpoint() { return "sandbox"; }
            @Override public String appKey() { return "sandbox"; }
            @Override public String _appSecret() { return "sandbox-secret"; }
            @Override public String _accessToken() { return ""; }
            @Override public String _refreshToken() { return "sandbox-refresh"; }
            @Override public String shopId() { return "sandbox-shop"; }
            @Override public String signMethod() { return ""; }
            @Override public int timeoutMs() { return 10_000; }
            @Override public int connectTimeoutMs() { return 3_000; }
            @Override public int reviewWaitMs() { return 10_000; }
        };
    }
}
