package shelf.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import shelf.api.publish.Job;
import shelf.api.publish.JobState;

/**
 * A channel's success rate over the last day as a small inline SVG: one point per hour in which jobs finished,
 * done ÷ (done + failed), 0–100 % bottom to top, each point titled with its hour's figures. Drawn by the
 * page itself (no script, no CDN), so it shows offline and under the page's content security policy.
 */
final class SuccessChart {
    static final int HOURS = 24;
    static final int WIDTH = 240;
    static final int HEIGHT = 40;

    private SuccessChart() {}

    /** The chart of the jobs finished (done or failed, by their last change) in the {@link #HOURS} before now. */
    static String svg(List<Job> finished, Instant now) {
        int[] done = new int[HOURS];
        int[] failed = new int[HOURS];
        for (Job j : finished) {
            long ago = Duration.between(j.updatedAt(), now).toHours();
            if (ago < 0 || ago >= HOURS) {
                continue;
            }
            int hour = HOURS - 1 - (int) ago; // oldest on the left
            if (j.state() == JobState.DONE) {
                done[hour]++;
            } else if (j.state() == JobState.FAILED) {
                failed[hour]++;
            }
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int h = 0; h < HOURS; h++) {
            int all = done[h] + failed[h];
            if (all == 0) {
                continue;
            }
            double rate = (double) done[h] / all;
            String x = String.format(Locale.ROOT, "%.1f", (h + 0.5) * WIDTH / HOURS);
            String y = String.format(Locale.ROOT, "%.1f", 2 + (1 - rate) * (HEIGHT - 4));
            points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
            dots.append("<circle cx=").append(x).append(" cy=").append(y).append(" r=2 fill='")
                    .append(rate < 0.9 ? "#c0392b" : "#2e7d32").append("'><title>")
                    .append(HOURS - 1 - h == 0 ? "本小时 this hour" : (HOURS - 1 - h) + " 小时前 h ago").append(": ")
                    .append(done[h]).append('/').append(all).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f%%", rate * 100)).append("</title></circle>");
        }
        StringBuilder b = new StringBuilder("<svg class=rate-chart width=").append(WIDTH).append(" height=").append(HEIGHT)
                .append(" viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("' role=img aria-label='")
                .append("近24小时成功率 success rate, last 24 h'>")
                .append("<rect width=").append(WIDTH).append(" height=").append(HEIGHT).append(" fill='#fafafa' stroke='#ddd'/>")
                .append("<line x1=0 x2=").append(WIDTH).append(" y1=2 y2=2 stroke='#e0e0e0'/>");
        if (points.length() == 0) {
            b.append("<text x=6 y=25 font-size=11 fill='#888'>无完成的任务 none finished</text>");
        } else {
            b.append("<polyline fill=none stroke='#1565c0' stroke-width=1.5 points='").append(points).append("'/>").append(dots);
        }
        return b.append("</svg>").toString();
    }
}
