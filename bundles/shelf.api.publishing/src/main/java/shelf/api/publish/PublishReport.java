package shelf.api.publish;

import java.util.List;

/**
 * What a publish command queued.
 *
 * @param run the id its jobs share ({@code jobs} shows them; {@link PublishService#await} waits for them)
 * @param channels the channels published to
 * @param products products asked for
 * @param queued jobs created
 * @param alreadyQueued products that already had a pending job on a channel (that job sends the latest content)
 * @param blocked products left out on a channel because validation found errors (or not approved): all of them,
 *        or for a large batch the first ones ({@code leftOut} counts them all)
 * @param withoutAdapter channels among them with no adapter installed: their jobs wait for one
 * @param leftOut how many products were left out on a channel in all (since 2.6)
 */
public record PublishReport(long run, List<String> channels, int products, int queued, int alreadyQueued,
        List<Blocked> blocked, List<String> withoutAdapter, int leftOut) {

    public PublishReport {
        channels = List.copyOf(channels);
        blocked = List.copyOf(blocked);
        withoutAdapter = List.copyOf(withoutAdapter);
        leftOut = Math.max(leftOut, blocked.size());
    }

    /** A report naming every product left out. */
    public PublishReport(long run, List<String> channels, int products, int queued, int alreadyQueued,
            List<Blocked> blocked, List<String> withoutAdapter) {
        this(run, channels, products, queued, alreadyQueued, blocked, withoutAdapter, 0);
    }

    /**
     * A product not published on a channel because a rule found an error.
     *
     * @param channel the channel
     * @param merchant the product's merchant
     * @param spuCode the product
     * @param errors how many error findings it has there
     * @param first the first error: its code and message ("title.banned-word 标题含违禁词「最好」")
     */
    public record Blocked(String channel, String merchant, String spuCode, int errors, String first) {}
}
