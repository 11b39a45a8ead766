package shelf.api.publish;

import java.util.Locale;

/** Where a publishing job stands. */
public enum JobState {
    /** Waiting its turn, a retry time, a circuit that is open, or an adapter that is not installed. */
    PENDING,
    /** Handed to a channel worker; a job found running after a crash is resumed as pending. */
    RUNNING,
    /** The platform has it: the listing is live with what was sent. */
    DONE,
    /** The platform refused it, or retries ran out; the reason is the platform's. {@code job:retry} retries it. */
    FAILED,
    /** Cancelled by an operator before it ran. */
    CANCELLED;

    /** True when the job will not run again unless an operator retries it. */
    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** The lower-case name operators type and read ("pending"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state an operator typed, in any case; {@code IllegalArgumentException} naming the valid ones otherwise. */
    public static JobState parse(String text) {
        for (JobState state : values()) {
            if (state.label().equalsIgnoreCase(text.strip())) {
                return state;
            }
        }
        throw new IllegalArgumentException("no job state '" + text + "' — use pending, running, done, failed or cancelled");
    }
}
