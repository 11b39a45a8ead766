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
 */
public record ChannelStatus(String id, String name, String version, String endpoint, ChannelHealth health,
        JobCounts jobs, double successRate, double qps, int concurrency, String note) {}
