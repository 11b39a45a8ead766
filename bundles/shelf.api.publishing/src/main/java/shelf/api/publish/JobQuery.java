package shelf.api.publish;

/**
 * Which jobs to list, newest first; {@code null} or empty criteria match every job.
 *
 * @param state one state only, or {@code null}
 * @param channel one channel only, or empty
 * @param run one publish command's jobs only, or 0
 * @param limit at most this many, 0 for no limit
 */
public record JobQuery(JobState state, String channel, long run, int limit) {

    public JobQuery {
        channel = channel == null ? "" : channel.strip();
    }

    public static JobQuery all() {
        return new JobQuery(null, "", 0, 0);
    }
}
