package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelListing;
import shelf.api.publish.ChannelCheck;
import shelf.api.publish.PublishException;

/** channel:check: one harmless read, and the platform's answer in plain words. */
class ChannelChecksTest {
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
    void aPlatformThatTakesTheSettingsIsLookedUpOnceAndNothingIsListed() throws Exception {
        FakePlatform weidian = new FakePlatform(50);
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));

        ChannelCheck check = shelf.engine.check(PublishFixture.ADMIN, "weidian");

        assertTrue(check.ok(), check.toString());
        assertEquals("memory://weidian", check.endpoint());
        assertEquals("the platform took the settings; looked up the outer id SHELF-CHECK-0: no such listing, as expected",
                check.outcome());
        assertEquals(0, weidian.listings(), "a check lists nothing");
    }

    @Test
    void aRefusedSecretIsSaidInPlainWordsWithThePlatformsCode() {
        FakePlatform taobao = new FakePlatform(51);
        ChannelAdapter refusing = taobao.new Adapter("taobao") {
            @Override
            public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
                throw new ChannelException(ChannelException.Kind.BAD_CREDENTIALS, "25", "Invalid signature");
            }
        };

        ChannelCheck check = ChannelChecks.of("taobao", refusing);

        assertFalse(check.ok());
        assertEquals("the platform refused the app key or secret — check appKey and appSecret [25]: Invalid signature",
                check.outcome());
    }

    @Test
    void aMisconfiguredAdapterIsNotSentAndAChannelWithoutOneIsRefused() throws Exception {
        FakePlatform douyin = new FakePlatform(52);
        douyin.unavailable = "misconfigured — etc/channels/douyin.properties line 1: unknown setting 'endpiont'";
        shelf = new PublishFixture(folder).start(Map.of("douyin", douyin));

        ChannelCheck check = shelf.engine.check(PublishFixture.ADMIN, "douyin");

        assertFalse(check.ok());
        assertEquals("not sent: misconfigured — etc/channels/douyin.properties line 1: unknown setting 'endpiont'",
                check.outcome());
        assertEquals(0, douyin.attempts.get());
        PublishException none = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class,
                () -> shelf.engine.check(PublishFixture.ADMIN, "wechat"));
        assertEquals("no wechat adapter installed — see channel:list", none.getMessage());
    }
}
