package shelf.publish.command.internal;

import java.time.Duration;

import shelf.api.publish.JobCounts;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.security.Subject;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;

/**
 * What {@code --wait} does: blocks until no job of a run is pending or running, with a bar of the finished
 * jobs on a terminal, so a publish that takes minutes shows that it moves. The engine answers "anything
 * left?" cheaply several times a second; the jobs are counted for the bar once a second.
 */
final class RunWait {
    private RunWait() {}

    /**
     * @param run the run to wait for, 0 for every job
     * @param jobs how many jobs the bar counts to
     */
    static JobCounts await(PublishService publishing, ProgressService progress, Subject by, long run, long jobs, String task)
            throws PublishException, InterruptedException {
        try (Progress bar = progress.start(task, jobs)) {
            long shown = 0;
            while (true) {
                JobCounts counts = publishing.await(by, run, Duration.ofSeconds(1));
                long finished = run == 0 ? jobs - counts.pending() - counts.running()
                        : counts.done() + counts.failed() + counts.cancelled();
                finished = Math.max(shown, finished); // jobs queued meanwhile by others do not move the bar back
                bar.advance(finished - shown);
                shown = finished;
                if (counts.pending() + counts.running() == 0) {
                    return counts;
                }
            }
        }
    }
}
