package shelf.api.publish;

/**
 * A channel as the publishing engine sees it.
 *
 * @param id the channel id ("weidian")
 * @param name its name for people, or empty when no adapter is installed
 * @param version the adapter bundle's version and the platform API it follows, or empty
 * @param endpoint where its requests go, or empty
 * @param health how it is doing
 * @param jobs its jobs by state
 * @param successRate done ÷ (done + failed) of its jobs, 0–1; 1 when none has finished
 * @param qps the rate limit its worker keeps to, calls per second (0: none)
 * @param concurrency the most calls its worker has in flight at once
 * @param note what explains the health ("circuit open until 10:02:03 after 10 failures: 系统繁忙"), or empty
 * @param credentials the adapter's app key, whether its secret is set, its signing method; never a secret
 *     (see {@link shelf.api.channel.ChannelAdapter#credentials()}); empty when no adapter is installed
 * @param recentCalls how many calls the worker made since Shelf started, up to the last
 *     {@value #CALL_WINDOW}: the window {@code recentSuccessRate} and the health are judged over
 * @param recentSuccessRate the share of those calls that did what they were asked, 0–1; 0 when there were none
 * @since 2.2
 */
public record ChannelStatus(String id, String name, String version, String endpoint, ChannelHealth health,
        JobCounts jobs, double successRate, double qps, int concurrency, String note, String credentials,
        int recentCalls, double recentSuccessRate) {

    /** How many of the latest calls the success rate shown beside the health is taken over. */
    public static final int CALL_WINDOW = 100;

    public ChannelStatus {
        credentials = credentials == null ? "" : credentials;
    }

    /** A status without credentials nor calls, as before 2.2. */
    public ChannelStatus(String id, String name, String version, String endpoint, ChannelHealth health,
            JobCounts jobs, double successRate, double qps, int concurrency, String note) {
        this(id, name, version, endpoint, health, jobs, successRate, qps, concurrency, note, "", 0, 0);
    }
}
