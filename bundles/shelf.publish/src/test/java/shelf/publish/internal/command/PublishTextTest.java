package shelf.publish.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

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
}
