package shelf.publish.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.publish.ChannelCheck;
import shelf.api.publish.ChannelHealth;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobKind;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishReport;

class PublishTextTest {
    @Test
    void aReportNamesWhatWasLeftOutAndWhichChannelsWaitForAnAdapter() {
        PublishReport report = new PublishReport(3, List.of("weidian", "douyin"), 2, 3, 0,
                List.of(new PublishReport.Blocked("weidian", "acme", "A2", 2, "title.banned-word 标题含违禁词「最好」")),
                List.of("douyin"));
        assertEquals("""
                queued 3 jobs (run 3): 2 products to weidian, douyin
                  1 left out: errors found by validate, or not approved in review (fix, submit, publish again):
                    Channel  Merchant  SPU  Errors  First error
                    weidian  acme      A2   2       title.banned-word 标题含违禁词「最好」
                  no douyin adapter installed: its jobs wait until one is
                """, PublishText.report(report));
    }

    @Test
    void finishedFiguresPointToTheFailures() {
        assertEquals("19,990 done, 10 failed in 12.5 s (1,600 listings/s) — see jobs --state failed\n",
                PublishText.finished(new JobCounts(0, 0, 19_990, 10, 0), Duration.ofMillis(12_500)));
    }

    @Test
    void aFailedJobShowsThePlatformsCodeAndReasonAndAWaitingOneWhatItWaitsFor() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        Job failed = new Job(7, 1, "taobao", "acme", "A1", JobKind.PUBLISH, "", "", JobState.FAILED, 1, "",
                "isv.invalid-title", "标题长度超过 60 个字节", "", t, t);
        Job waiting = new Job(8, 1, "douyin", "acme", "A1", JobKind.PRICE, "A1-2", "89.50", JobState.PENDING, 0, "", "", "",
                "waiting for a douyin adapter to be installed", t, t);
        assertEquals("""
                ID  Channel  Merchant  SPU  Kind              State    Tries  Listing  Reason
                7   taobao   acme      A1   publish           failed   1               isv.invalid-title 标题长度超过 60 个字节
                8   douyin   acme      A1   price A1-2=89.50  pending  0               waiting for a douyin adapter to be installed
                """, PublishText.jobs(List.of(failed, waiting)));
    }

    @Test
    void aChannelShowsItsAppKeyAndSigningAndNeverCalledIsNotUp() {
        ChannelStatus idle = new ChannelStatus("taobao", "淘宝", "1.4.0 (TOP 2.0)", "https://eco.taobao.com",
                ChannelHealth.IDLE, new JobCounts(0, 0, 0, 0, 0), 1, 50, 8, "",
                "app key 12345678, secret (set), signed with md5 (the default)", 0, 0);
        assertEquals("""
                Channel       taobao
                name          淘宝
                version       1.4.0 (TOP 2.0)
                endpoint      https://eco.taobao.com
                settings      app key 12345678, secret (set), signed with md5 (the default)
                health        not called yet
                success rate  no call since Shelf started
                queue         0 pending, 0 running
                jobs          0 done, 0 failed, 0 cancelled
                rate limit    50 calls/s
                concurrency   8
                """, PublishText.channel(idle));
    }

    @Test
    void aRunOfFailuresAndTheSuccessRateAreTakenOverTheSameCalls() {
        ChannelStatus degraded = new ChannelStatus("douyin", "抖店", "1.4.0", "https://openapi-fxg.jinritemai.com",
                ChannelHealth.DEGRADED, new JobCounts(26, 0, 2312, 0, 0), 1, 50, 8,
                "26 failures in a row, the last: 系统繁忙", "app key 7001, secret (set), signed with hmac-sha256", 100, 0.74);
        String text = PublishText.channel(degraded);
        assertTrue(text.contains("health        degraded — 26 failures in a row, the last: 系统繁忙\n"
                + "success rate  74.0% of the last 100 calls\n"), text);
        assertTrue(text.contains("jobs          2312 done, 0 failed, 0 cancelled\n"), text);
        String list = PublishText.channels(List.of(degraded));
        assertTrue(list.lines().skip(1).findFirst().orElseThrow().matches(".*degraded\\s+26\\s+2312\\s+0\\s+74\\.0%"), list);
    }

    @Test
    void aCheckSaysWhatThePlatformAnswered() {
        assertEquals("taobao (https://eco.taobao.com): ok — the platform took the settings; looked up the outer id"
                + " SHELF-CHECK-0: no such listing, as expected (0.3 s)\n", PublishText.check(new ChannelCheck("taobao",
                        "https://eco.taobao.com", true, "the platform took the settings; looked up the outer id SHELF-CHECK-0:"
                                + " no such listing, as expected", Duration.ofMillis(300))));
    }
}
