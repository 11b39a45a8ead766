package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;
import static shelf.web.internal.Html.url;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;

/**
 * The publishing jobs by batch and by run (the publish that queued them), with their counts per state: filters
 * for batch, run, channel and state, the counts linking to the jobs in each state. The publishing service
 * checks the caller ("jobs") and keeps to the caller's scope.
 */
final class JobsPage {
    /** Jobs shown at most; the counts are of all of them. */
    static final int SHOWN = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final WebWorkbench web;

    JobsPage(WebWorkbench web) {
        this.web = web;
    }

    void page(Exchange x) throws Exception {
        PublishService publish = web.publish;
        if (publish == null) {
            throw new Router.NotFound("发布功能未安装 Publishing is not installed (feature:install publishing)");
        }
        String batchText = x.query("batch").strip();
        String runText = x.query("run").strip();
        String channel = x.query("channel").strip();
        String stateText = x.query("state").strip();
        StringBuilder b = new StringBuilder("<h1>").append(label("任务", "Jobs")).append(" <small>")
                .append(label("按批次、按发布", "by batch and by run")).append("</small></h1>");
        b.append("<form class=filters method=get action='/jobs' id=job-filters>")
                .append(field("batch", label("批次", "Batch"), batchText))
                .append(field("run", label("发布", "Run"), runText))
                .append(field("channel", label("渠道", "Channel"), channel))
                .append("<label>").append(label("状态", "State")).append("<select name=state><option value=''>")
                .append(label("全部", "all")).append("</option>");
        for (JobState s : JobState.values()) {
            b.append("<option").append(s.label().equals(stateText) ? " selected" : "").append('>').append(s.label()).append("</option>");
        }
        b.append("</select></label><button>").append(label("筛选", "Filter")).append("</button></form>");

        long batch;
        long run;
        JobState state;
        try {
            batch = number(batchText, "批次应是数字 A batch is a number");
            run = number(runText, "发布编号应是数字 A run is a number");
            state = stateText.isEmpty() ? null : JobState.parse(stateText);
        } catch (IllegalArgumentException bad) {
            b.append("<p class=refused>").append(esc(bad.getMessage())).append("</p>");
            x.html(400, Html.page(x.session, "任务 Jobs", b.toString()));
            return;
        }
        JobCounts counts;
        List<Job> jobs;
        try {
            counts = publish.counts(x.session.subject, new JobQuery(null, channel, run, 0), batch);
            jobs = publish.jobs(x.session.subject, new JobQuery(state, channel, run, SHOWN), batch);
        } catch (PublishException noSuchBatch) { // "no batch 9 — see batch:list": said on the page, the filters above it
            b.append("<p class=refused id=job-counts>").append(esc(noSuchBatch.getMessage())).append("</p>");
            x.html(404, Html.page(x.session, "任务 Jobs", b.toString()));
            return;
        }
        String filter = "batch=" + url(batchText) + "&run=" + url(runText) + "&channel=" + url(channel);
        b.append("<p class=counts id=job-counts>").append(counts.total()).append(' ').append(label("个任务", "jobs")).append(": ");
        long[] n = {counts.pending(), counts.running(), counts.done(), counts.failed(), counts.cancelled()};
        String[] zh = {"排队", "进行中", "完成", "失败", "已取消"};
        for (JobState s : JobState.values()) {
            b.append("<span data-state=").append(s.label()).append("><a href='/jobs?").append(esc(filter)).append("&state=")
                    .append(s.label()).append("'>").append(label(zh[s.ordinal()], s.label())).append("</a> <b>")
                    .append(n[s.ordinal()]).append("</b></span>");
        }
        b.append("</p>");
        b.append("<table class=list id=jobs><tr><th>").append(label("任务", "Job")).append("<th>").append(label("发布", "Run"))
                .append("<th>").append(label("渠道", "Channel")).append("<th>").append(label("商品", "Product")).append("<th>")
                .append(label("类型", "Kind")).append("<th>").append(label("状态", "State")).append("<th>")
                .append(label("次数", "Attempts")).append("<th>").append(label("平台原因", "The platform's reason")).append("<th>")
                .append(label("说明", "Note")).append("<th>").append(label("时间", "When")).append("</tr>");
        for (Job j : jobs) {
            b.append("<tr data-job=").append(j.id()).append("><td>").append(j.id()).append("<td><a href='/jobs?run=").append(j.run())
                    .append("'>").append(j.run()).append("</a><td>").append(esc(j.channel())).append("<td>").append(esc(j.merchant()))
                    .append('/').append(esc(j.spuCode())).append("<td>").append(esc(j.kind().label())).append("<td class='state ")
                    .append(j.state().label()).append("'>").append(esc(j.state().label())).append("<td>").append(j.attempts())
                    .append("<td>").append(esc((j.errorCode() + " " + j.error()).strip())).append("<td>").append(esc(j.note()))
                    .append("<td>").append(TIME.format(j.updatedAt())).append("</tr>");
        }
        b.append("</table>");
        if (jobs.size() == SHOWN) {
            b.append("<p class=more>").append(label("只显示最新的" + SHOWN + "个", "the newest " + SHOWN + " only")).append("</p>");
        }
        x.html(200, Html.page(x.session, "任务 Jobs", b.toString()));
    }

    private static String field(String name, String label, String value) {
        return "<label>" + label + "<input name=" + name + " size=6 value='" + esc(value) + "'></label>";
    }

    /** 0 for an empty field. */
    static long number(String text, String message) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(text);
            if (n < 0) {
                throw new IllegalArgumentException(message + ": " + text);
            }
            return n;
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(message + ": " + text);
        }
    }
}
