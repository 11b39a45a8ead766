package shelf.publish.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * The jobs as operators see and steer them (jobs, job:show, job:retry, job:cancel, and the counts behind
 * --wait): each call checks the caller against the command ACL and reads or moves only jobs in the caller's
 * scope; a move is audited.
 */
final class JobDesk {
    private final JobRecords records;
    private final CommandAccess access;
    private final AuditLog audit;
    private final Function<Job, String> note;
    private final Consumer<String> wake;
    private final Runnable wakeAll;

    JobDesk(JobRecords records, CommandAccess access, AuditLog audit, Function<Job, String> note, Consumer<String> wake,
            Runnable wakeAll) {
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.note = note;
        this.wake = wake;
        this.wakeAll = wakeAll;
    }

    List<Job> jobs(Subject by, JobQuery query) throws PublishException {
        access.check(by, "publish:jobs");
        return Guard.of(() -> records.jobs(query, JobScope.of(by), note));
    }

    Optional<Job> job(Subject by, long id) throws PublishException {
        access.check(by, "job:show");
        return inScope(by, id);
    }

    /** The job, refused when it lies outside the caller's scope. */
    private Optional<Job> inScope(Subject by, long id) throws PublishException {
        Optional<Job> job = Guard.of(() -> records.job(id, note));
        if (job.isPresent() && !Guard.of(() -> records.sees(id, JobScope.of(by)))) {
            throw PublishAudit.outside(by, "job " + id);
        }
        return job;
    }

    JobCounts counts(Subject by, long run) throws PublishException {
        PublishAudit.requireAny(access, by, "publish:jobs", "publish:publish", "publish:sync");
        return counts(JobScope.of(by), run);
    }

    private JobCounts counts(JobScope scope, long run) throws PublishException {
        return Guard.of(() -> records.countsByChannel(run, scope).get(""));
    }

    JobCounts await(Subject by, long run, Duration timeout) throws PublishException, InterruptedException {
        PublishAudit.requireAny(access, by, "publish:jobs", "publish:publish", "publish:sync");
        JobScope scope = JobScope.of(by);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> channels = Guard.of(records::channels);
        while (Guard.of(() -> records.outstanding(run, channels, scope)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return counts(scope, run);
    }

    Job retry(Subject by, long id) throws PublishException {
        access.check(by, "job:retry");
        Job job = inScope(by, id).orElseThrow(() -> new PublishException("no job " + id + " — see jobs"));
        if (!job.state().finished() || job.state() == shelf.api.publish.JobState.DONE) {
            throw new PublishException("job " + id + " is " + job.state().label() + ": only a failed or cancelled job can be retried");
        }
        Guard.of(() -> records.requeue("id = ?", List.of(id)));
        wake.accept(job.channel());
        audit.append(PublishAudit.moved(by, "job:retry", job, "pending"));
        return inScope(by, id).orElseThrow();
    }

    int retryFailed(Subject by) throws PublishException {
        access.check(by, "job:retry");
        JobScope scope = JobScope.of(by);
        int n = Guard.of(() -> records.requeue("state = 'failed' AND " + scope.sql(), scope.args()));
        wakeAll.run();
        audit.append(AuditEntry.of(by.name(), "job:retry", List.of("jobs:failed"), "failed", "pending",
                n + " failed job" + (n == 1 ? "" : "s") + " queued again"));
        return n;
    }

    Job cancel(Subject by, long id) throws PublishException {
        access.check(by, "job:cancel");
        Job job = inScope(by, id).orElseThrow(() -> new PublishException("no job " + id + " — see jobs"));
        if (!Guard.of(() -> records.cancel(id))) {
            throw new PublishException("job " + id + " is " + inScope(by, id).orElseThrow().state().label()
                    + ": only a pending job can be cancelled");
        }
        audit.append(PublishAudit.moved(by, "job:cancel", job, "cancelled"));
        return inScope(by, id).orElseThrow();
    }
}
