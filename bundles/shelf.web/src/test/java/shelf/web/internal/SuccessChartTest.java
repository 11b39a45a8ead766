package shelf.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import shelf.api.publish.Job;
import shelf.api.publish.JobKind;
import shelf.api.publish.JobState;

/** The channels page's success rate over the last day: a point per hour with finished jobs, its figures on it. */
class SuccessChartTest {
    private final Instant now = Instant.parse("2026-12-04T10:30:00Z");
    private long ids;

    @Test
    void eachHourWithFinishedJobsIsAPointAtItsRateWithItsFigures() {
        List<Job> jobs = new ArrayList<>();
        jobs.addAll(jobs(JobState.DONE, 3, Duration.ofMinutes(10)));      // this hour: 3 of 4
        jobs.addAll(jobs(JobState.FAILED, 1, Duration.ofMinutes(20)));
        jobs.addAll(jobs(JobState.DONE, 2, Duration.ofHours(5)));         // 5 h ago: 2 of 2
        jobs.addAll(jobs(JobState.FAILED, 2, Duration.ofHours(30)));      // older than a day: not drawn
        jobs.addAll(jobs(JobState.PENDING, 5, Duration.ofMinutes(1)));    // not finished: not counted

        String svg = SuccessChart.svg(jobs, now);
        assertTrue(svg.startsWith("<svg class=rate-chart") && svg.endsWith("</svg>"), svg);
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(svg);
        while (m.find()) {
            titles.add(m.group(1));
        }
        assertEquals(List.of("5 小时前 h ago: 2/2 100%", "本小时 this hour: 3/4 75%"), titles, "oldest on the left");
        Matcher points = Pattern.compile("points='([^']*)'").matcher(svg);
        assertTrue(points.find(), svg);
        // 240 px for 24 hours: 5 h ago is the middle of the 19th hour (x 185); 100 % at the top (y 2), 75 % a quarter down
        assertEquals("185.0,2.0 235.0,11.0", points.group(1));
    }

    @Test
    void aDayWithoutFinishedJobsSaysSo() {
        String svg = SuccessChart.svg(jobs(JobState.PENDING, 2, Duration.ofMinutes(1)), now);
        assertTrue(svg.contains("无完成的任务 none finished"), svg);
        assertTrue(!svg.contains("<polyline"), svg);
    }

    private List<Job> jobs(JobState state, int n, Duration ago) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant at = now.minus(ago);
            jobs.add(new Job(++ids, 1, "taobao", "acme", "SPU" + ids, JobKind.values()[0], "", "", state, 1, "",
                    "", "", "", at, at));
        }
        return jobs;
    }
}
