package shelf.publish.internal;

import java.util.ArrayList;
import java.util.List;

import shelf.api.audit.AuditEntry;
import shelf.api.publish.Job;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/** The publishing engine's audit lines and refusals, worded in one place. */
final class PublishAudit {
    private PublishAudit() {}

    /** "publish" by lily: batch:4 → run 7, "50 products, 100 jobs queued on weidian, taobao; 2 blocked". */
    static AuditEntry published(Subject by, PublishRequest request, PublishReport report) {
        List<String> objects = new ArrayList<>();
        if (request.batchId() != null) {
            objects.add("batch:" + request.batchId());
        } else {
            request.spuCodes().forEach(spu -> objects.add("product:" + spu));
        }
        return AuditEntry.of(by.name(), "publish", objects, "", "run " + report.run(), report.products() + " products, "
                + report.queued() + " jobs queued on " + String.join(", ", report.channels()) + "; "
                + report.alreadyQueued() + " already queued, " + report.leftOut() + " blocked");
    }

    /** A job moved by an operator: job:retry or job:cancel. */
    static AuditEntry moved(Subject by, String command, Job job, String to) {
        return AuditEntry.of(by.name(), command, List.of("job:" + job.id()), job.state().label(), to,
                job.channel() + " " + job.merchant() + "/" + job.spuCode() + " " + job.kind().label());
    }

    /** "job 17 is outside lily's data scope (acme)", as {@link Subject#requireScope} words it. */
    static AccessRefusedException outside(Subject by, String what) {
        return new AccessRefusedException(what + " is outside " + by.name() + "'s data scope (" + by.scope().describe() + ")");
    }

    /**
     * Passes when the ACL lets the caller run any of the commands that need this (a count serves jobs,
     * publish --wait and sync --wait); otherwise refuses as the first of them would.
     */
    static void requireAny(CommandAccess access, Subject by, String... commands) {
        for (String command : commands) {
            if (access.allows(by, command)) {
                return;
            }
        }
        access.check(by, commands[0]);
    }
}
