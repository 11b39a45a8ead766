package shelf.publish.internal;

import java.util.Optional;

import shelf.api.publish.ChannelHealth;
import shelf.api.publish.ChannelStatus;
import shelf.api.publish.JobCounts;

/** A channel's status from its adapter, its worker's circuit and its jobs. */
final class ChannelStatuses {
    private ChannelStatuses() {}

    static ChannelStatus of(String id, Optional<Adapters.Installed> installed, ChannelWorker worker, JobCounts jobs,
            Settings settings) {
        double finished = jobs.done() + jobs.failed();
        double successRate = finished == 0 ? 1 : jobs.done() / finished;
        double qps = worker == null ? settings.qps(id) : worker.qps();
        int concurrency = worker == null ? settings.concurrency() : worker.concurrency();
        if (installed.isEmpty()) {
            String waiting = waiting(jobs);
            return new ChannelStatus(id, "", "", "", ChannelHealth.ABSENT, jobs, successRate, qps, concurrency,
                    "no adapter installed" + (waiting.isEmpty() ? "" : ": " + waiting));
        }
        Adapters.Installed adapter = installed.get();
        int calls = worker == null ? 0 : worker.calls().calls();
        double recent = worker == null ? 0 : worker.calls().successRate();
        ChannelHealth health = calls == 0 ? ChannelHealth.IDLE : worker.breaker().health();
        String note = worker == null ? "" : worker.breaker().explanation();
        if (health == ChannelHealth.DOWN) {
            note = "circuit open until " + Clock.time(worker.breaker().openUntil()) + " after " + note;
        }
        String unavailable = ChannelWorker.unavailable(adapter.adapter());
        if (!unavailable.isEmpty()) {
            String waiting = waiting(jobs);
            note = "not sending: " + unavailable + (waiting.isEmpty() ? "" : " (" + waiting + ")")
                    + (note.isEmpty() ? "" : "; " + note);
        }
        return new ChannelStatus(id, safely(() -> adapter.adapter().name()), version(adapter),
                safely(() -> adapter.adapter().endpoint()), health, jobs, successRate, qps, concurrency, note,
                safely(() -> adapter.adapter().credentials()), calls, recent);
    }

    /** "12 jobs wait", "1 job waits", or empty. */
    private static String waiting(JobCounts jobs) {
        long waiting = jobs.pending() + jobs.running();
        return waiting == 0 ? "" : waiting + (waiting == 1 ? " job waits" : " jobs wait");
    }

    private static String version(Adapters.Installed adapter) {
        String api = safely(() -> adapter.adapter().apiVersion());
        return adapter.bundleVersion() + (api.isEmpty() ? "" : " (" + api + ")");
    }

    /** An adapter that throws while describing itself still gets a line in channel:list. */
    private static String safely(java.util.function.Supplier<String> text) {
        try {
            String value = text.get();
            return value == null ? "" : value;
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
