package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.Job;
import shelf.api.publish.JobQuery;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishService;
import shelf.api.security.Subject;

/**
 * The pages of ops and the lead: the channels with their health and jobs, the failed jobs with the
 * platform's reason and a retry; and the audit trail with its verification. The publishing service checks
 * its callers itself; the audit trail is guarded here by the same ACL entries as audit:tail and audit:verify.
 */
final class OperationsPages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final WebWorkbench web;

    OperationsPages(WebWorkbench web) {
        this.web = web;
    }

    void channels(Exchange x) throws Exception {
        PublishService publish = web.publish;
        if (publish == null) {
            throw new Router.NotFound("发布功能未安装 Publishing is not installed (feature:install publishing)");
        }
        Subject me = x.session.subject;
        List<ChannelStatus> channels = publish.channels(me);
        Instant now = Instant.now();
        StringBuilder b = new StringBuilder("<h1>").append(label("渠道与任务", "Channels and jobs")).append("</h1>");
        if (!x.query("done").isEmpty()) {
            b.append("<p class=done>").append(esc(x.query("done"))).append("</p>");
        }
        b.append("<table class=list id=channels><tr><th>").append(label("渠道", "Channel")).append("<th>")
                .append(label("状态", "Health")).append("<th>").append(label("排队", "Pending")).append("<th>")
                .append(label("进行中", "Running")).append("<th>").append(label("完成", "Done")).append("<th>")
                .append(label("失败", "Failed")).append("<th>").append(label("成功率", "Success rate")).append("<th>").append(label("近24小时", "Last 24 h")).append("<th>")
                .append(label("最近", "Recent calls")).append("<th>").append(label("说明", "Note")).append("</tr>");
        for (ChannelStatus c : channels) {
            b.append("<tr><td>").append(esc(c.id())).append(" <small>").append(esc(c.name())).append("</small><td class='health ")
                    .append(c.health().name().toLowerCase(Locale.ROOT)).append("'>").append(esc(c.health().label())).append("<td>")
                    .append(c.jobs().pending()).append("<td>").append(c.jobs().running()).append("<td>").append(c.jobs().done())
                    .append("<td>").append(c.jobs().failed()).append("<td>").append(percent(c.successRate())).append("<td>")
                    .append(SuccessChart.svg(finished(publish, me, c.id()), now)).append("<td>")
                    .append(c.recentCalls()).append(c.recentCalls() > 0 ? " · " + percent(c.recentSuccessRate()) : "")
                    .append("<td>").append(esc(c.note())).append("</tr>");
        }
        b.append("</table><p><a id=jobs-link href='/jobs'>").append(label("按批次、按发布查看任务", "Jobs by batch and by run"))
                .append("</a></p>");
        List<Job> failed = publish.jobs(me, new JobQuery(JobState.FAILED, "", 0, 100));
        b.append("<h2>").append(label("失败的任务", "Failed jobs")).append(" (").append(failed.size()).append(")</h2>");
        if (!failed.isEmpty()) {
            boolean retry = web.access.allows(me, "job:retry");
            b.append("<table class=list id=failed-jobs><tr><th>").append(label("任务", "Job")).append("<th>")
                    .append(label("渠道", "Channel")).append("<th>").append(label("商品", "Product")).append("<th>")
                    .append(label("类型", "Kind")).append("<th>").append(label("次数", "Attempts")).append("<th>")
                    .append(label("平台原因", "The platform's reason")).append("<th>").append(label("时间", "When")).append("<th></tr>");
            for (Job j : failed) {
                b.append("<tr><td>").append(j.id()).append("<td>").append(esc(j.channel())).append("<td>").append(esc(j.merchant()))
                        .append('/').append(esc(j.spuCode())).append("<td>").append(esc(j.kind().name().toLowerCase(Locale.ROOT)))
                        .append("<td>").append(j.attempts()).append("<td>").append(esc(j.errorCode())).append(' ')
                        .append(esc(j.error())).append("<td>").append(TIME.format(j.updatedAt())).append("<td>");
                if (retry) {
                    b.append("<form method=post action='/jobs/retry'>").append(Html.csrfField(x.session))
                            .append("<input type=hidden name=id value=").append(j.id()).append("><button>")
                            .append(label("重试", "Retry")).append("</button></form>");
                }
                b.append("</tr>");
            }
            b.append("</table>");
        }
        x.html(200, Html.page(x.session, "渠道 Channels", b.toString()));
    }

    void retry(Exchange x) throws Exception {
        PublishService publish = web.publish;
        if (!x.post() || publish == null) {
            throw new Router.NotFound("这个地址只接受表单提交 This address takes a form's POST only");
        }
        long id;
        try {
            id = Long.parseLong(x.form("id"));
        } catch (NumberFormatException notANumber) {
            throw new Router.NotFound("任务应是数字 A job is a number: " + x.form("id"));
        }
        Job job = publish.retry(x.session.subject, id);
        x.redirect("/channels?done=" + Html.url("任务 job " + job.id() + ": " + job.state().label()));
    }

    void audit(Exchange x) throws Exception {
        AuditLog log = web.audit;
        if (log == null) {
            throw new Router.NotFound("审计日志不可用 The audit trail is not available");
        }
        Subject me = x.session.subject;
        web.access.check(me, "audit:tail");
        String user = x.query("user").strip();
        String command = x.query("command").strip();
        StringBuilder b = new StringBuilder("<h1>").append(label("审计日志", "Audit trail")).append("</h1>");
        if (web.access.allows(me, "audit:verify")) {
            AuditCheck check = log.verify();
            b.append("<p id=verify class=").append(check.firstBadLine() == 0 ? "done" : "refused").append('>')
                    .append(label("校验", "Verification")).append(": ").append(esc(check.message())).append("</p>");
        }
        b.append("<form class=filters method=get action='/audit'><label>").append(label("用户", "User"))
                .append("<input name=user value='").append(esc(user)).append("'></label><label>").append(label("命令", "Command"))
                .append("<input name=command value='").append(esc(command)).append("'></label><button>")
                .append(label("筛选", "Filter")).append("</button></form>");
        List<AuditEntry> entries = log.tail(user, null, command.isEmpty() ? 200 : 0);
        b.append("<table class=list id=audit><tr><th>").append(label("时间", "Time")).append("<th>").append(label("用户", "User"))
                .append("<th>").append(label("命令", "Command")).append("<th>").append(label("对象", "Objects")).append("<th>")
                .append(label("之前 → 之后", "Before → after")).append("<th>").append(label("说明", "Detail")).append("</tr>");
        int shown = 0;
        for (int i = entries.size() - 1; i >= 0 && shown < 200; i--) { // newest first
            AuditEntry e = entries.get(i);
            if (!command.isEmpty() && !e.command().contains(command)) {
                continue;
            }
            shown++;
            b.append("<tr><td>").append(TIME.format(e.time() == null ? Instant.EPOCH : e.time())).append("<td>").append(esc(e.user()))
                    .append("<td>").append(esc(e.command())).append("<td>").append(esc(String.join(" ", e.objects()))).append("<td>")
                    .append(esc(e.before())).append(" → ").append(esc(e.after())).append("<td>").append(esc(e.detail())).append("</tr>");
        }
        b.append("</table>");
        x.html(200, Html.page(x.session, "审计 Audit", b.toString()));
    }

    /** The channel's latest finished jobs, enough for the chart's day (newest first, at most 1,000 of each). */
    private static List<Job> finished(PublishService publish, Subject me, String channel) throws Exception {
        List<Job> jobs = new java.util.ArrayList<>(publish.jobs(me, new JobQuery(JobState.DONE, channel, 0, 1000)));
        jobs.addAll(publish.jobs(me, new JobQuery(JobState.FAILED, channel, 0, 1000)));
        return jobs;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }
}
