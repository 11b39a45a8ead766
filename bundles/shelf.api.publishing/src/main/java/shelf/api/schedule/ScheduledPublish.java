package shelf.api.schedule;

import java.time.Instant;

import shelf.api.publish.PublishRequest;

/**
 * A publish set to run at a time.
 *
 * @param id its id (schedule:cancel ID)
 * @param at when it runs
 * @param request what it publishes where
 * @param reason why it waits: "--at 10:00" or the publish window that held it back
 * @param state where it stands
 * @param firedAt when it ran, or {@code null}
 * @param outcome what running it did ("queued 120 jobs, run 7") or why it failed; empty before
 */
public record ScheduledPublish(long id, Instant at, PublishRequest request, String reason, State state,
        Instant firedAt, String outcome) {

    public ScheduledPublish {
        reason = reason == null ? "" : reason;
        outcome = outcome == null ? "" : outcome;
    }

    /** What it publishes, in a few words: "batch 3", or its first SPU codes and how many there are. */
    public String what() {
        if (request.batchId() != null) {
            return "batch " + request.batchId();
        }
        java.util.List<String> spus = request.spuCodes();
        return spus.size() <= 3 ? String.join(" ", spus) : String.join(" ", spus.subList(0, 3)) + " … (" + spus.size() + ")";
    }

    /** Where a scheduled publish stands. */
    public enum State {
        PENDING, DONE, FAILED, CANCELLED
    }
}
