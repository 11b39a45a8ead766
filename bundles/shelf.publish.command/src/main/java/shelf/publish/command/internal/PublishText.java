package shelf.publish.command.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import shelf.api.publish.ChannelStatus;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishReport;
import shelf.api.shell.Table;

/** How publishing reports, jobs and channels read on the terminal. */
final class PublishText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Blocked products shown in a publish report; validate lists them all. */
    private static final int SHOWN = 10;

    private PublishText() {}

    static String report(PublishReport report) {
        return report(report, null);
    }

    /** @param batch the batch published, to name in the hint to validate it; null when products were named */
    static String report(PublishReport report, Long batch) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "queued %,d %s (run %d): %,d %s to %s%n", report.queued(),
                report.queued() == 1 ? "job" : "jobs", report.run(), report.products(),
                report.products() == 1 ? "product" : "products", String.join(", ", report.channels())));
        if (report.alreadyQueued() > 0) {
            out.append(String.format(Locale.ROOT, "  %,d already waiting in a channel's queue (that job sends the latest)%n",
                    report.alreadyQueued()));
        }
        if (!report.blocked().isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %,d left out: errors found by validate, or not approved in review (fix, submit, publish again):%n",
                    report.leftOut()));
            Table table = new Table("Channel", "Merchant", "SPU", "Errors", "First error");
            report.blocked().stream().limit(SHOWN).forEach(b -> table.row(b.channel(), b.merchant(), b.spuCode(), b.errors(),
                    b.first()));
            table.toString().lines().forEach(line -> out.append("    ").append(line).append('\n'));
            if (report.leftOut() > SHOWN) {
                out.append(String.format(Locale.ROOT, "    … and %,d more: validate %s --channel %s lists them all%n",
                        report.leftOut() - SHOWN, batch == null ? "BATCH" : batch,
                        report.blocked().get(Math.min(SHOWN, report.blocked().size() - 1)).channel()));
            }
        }
        for (String channel : report.withoutAdapter()) {
            out.append("  no ").append(channel).append(" adapter installed: its jobs wait until one is\n");
        }
        return out.toString();
    }

    /** "pulled 120 listings from taobao into batch 7 (merchant acme): 118 products", and what was left out. */
    static String pulled(shelf.api.publish.PullReport pull) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "pulled %,d %s from %s", pull.listings(),
                pull.listings() == 1 ? "listing" : "listings", pull.channel()));
        if (pull.batchId() == 0) {
            out.append(": nothing to store\n");
        } else {
            out.append(String.format(Locale.ROOT, " into batch %d (merchant %s): %,d %s%n", pull.batchId(), pull.merchant(),
                    pull.products(), pull.products() == 1 ? "product" : "products"));
        }
        pull.skipped().forEach(reason -> out.append("  left out ").append(reason).append('\n'));
        return out.toString();
    }

    /** "20,000 done, 0 failed in 12.3 s (1,626 listings/s)" and where to look when some failed. */
    static String finished(JobCounts counts, Duration took) {
        double seconds = Math.max(0.001, took.toMillis() / 1000.0);
        String line = String.format(Locale.ROOT, "%,d done, %,d failed in %.1f s (%,.0f listings/s)", counts.done(),
                counts.failed(), seconds, (counts.done() + counts.failed()) / seconds);
        if (!counts.idle()) {
            line += String.format(Locale.ROOT, "; still %,d pending, %,d running", counts.pending(), counts.running());
        }
        return line + (counts.failed() > 0 ? " — see jobs --state failed" : "") + "\n";
    }

    static String jobs(List<Job> jobs) {
        Table table = new Table("ID", "Channel", "Merchant", "SPU", "Kind", "State", "Tries", "Listing", "Reason");
        jobs.forEach(j -> table.row(j.id(), j.channel(), j.merchant(), j.spuCode(), kind(j), j.state().label(), j.attempts(),
                j.listingId(), reason(j)));
        return table.toString();
    }

    static String job(Job j) {
        Table table = new Table("Job", Long.toString(j.id()));
        table.row("run", j.run());
        table.row("channel", j.channel());
        table.row("product", j.merchant() + " " + j.spuCode());
        table.row("kind", kind(j));
        table.row("state", j.state().label());
        table.row("attempts", j.attempts());
        table.row("listing", j.listingId());
        table.row("platform code", j.errorCode());
        table.row(j.state() == shelf.api.publish.JobState.FAILED ? "reason" : "last error", j.error());
        table.row("note", j.note());
        table.row("created", TIME.format(j.createdAt()));
        table.row("updated", TIME.format(j.updatedAt()));
        return table.toString();
    }

    static String channels(List<ChannelStatus> channels) {
        Table table = new Table("Channel", "Name", "Version", "Endpoint", "Health", "Queue", "Done", "Failed", "Success");
        channels.forEach(c -> table.row(c.id(), c.name(), c.version(), c.endpoint(), c.health().label(),
                c.jobs().pending() + c.jobs().running(), c.jobs().done(), c.jobs().failed(), recent(c)));
        return table.toString();
    }

    static String channel(ChannelStatus c) {
        Table table = new Table("Channel", c.id());
        table.row("name", c.name());
        table.row("version", c.version());
        table.row("endpoint", c.endpoint());
        if (!c.credentials().isEmpty()) {
            table.row("settings", c.credentials());
        }
        table.row("health", c.health().label() + (c.note().isEmpty() ? "" : " — " + c.note()));
        table.row("success rate", c.recentCalls() == 0 ? "no call since Shelf started"
                : recent(c) + " of the last " + c.recentCalls() + (c.recentCalls() == 1 ? " call" : " calls"));
        table.row("queue", c.jobs().pending() + " pending, " + c.jobs().running() + " running");
        table.row("jobs", c.jobs().done() + " done, " + c.jobs().failed() + " failed, " + c.jobs().cancelled() + " cancelled");
        table.row("rate limit", c.qps() <= 0 ? "none" : String.format(Locale.ROOT, "%.0f calls/s", c.qps()));
        table.row("concurrency", c.concurrency());
        return table.toString();
    }

    /** The success rate of the latest calls, the window the health is judged over; "-" before the first. */
    static String recent(ChannelStatus c) {
        return c.recentCalls() == 0 ? "-" : percent(c.recentSuccessRate());
    }

    /** "taobao (https://eco.taobao.com): ok — …, 0.3 s" or "taobao (…): FAILED — the platform refused …". */
    static String check(shelf.api.publish.ChannelCheck check) {
        return String.format(Locale.ROOT, "%s (%s): %s — %s (%.1f s)%n", check.channel(), check.endpoint(),
                check.ok() ? "ok" : "FAILED", check.outcome(), check.took().toMillis() / 1000.0);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String kind(Job j) {
        return j.skuCode().isEmpty() ? j.kind().label() : j.kind().label() + " " + j.skuCode() + "=" + j.value();
    }

    /** The platform's reason for a failure, or what a pending job waits for. */
    private static String reason(Job j) {
        String reason = j.error().isEmpty() ? j.note() : (j.errorCode().isEmpty() ? "" : j.errorCode() + " ") + j.error();
        if (!j.note().isEmpty() && !j.error().isEmpty() && j.state() == shelf.api.publish.JobState.PENDING) {
            reason = j.note() + " after: " + reason;
        }
        return reason;
    }
}
