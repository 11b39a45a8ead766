package shelf.api.publish;

import java.util.List;

/**
 * What pulling a shop's listings into the catalogue did.
 *
 * @param channel the channel pulled
 * @param merchant the merchant the products were stored under
 * @param batchId the batch they form ("validate 7", "publish 7 --channel weidian"), or 0 when the shop was empty
 * @param listings listings read from the platform
 * @param products products stored (created, updated or unchanged)
 * @param skipped listings left out, each with the reason ("listing 1001: no outer id")
 */
public record PullReport(String channel, String merchant, long batchId, int listings, int products, List<String> skipped) {

    public PullReport {
        skipped = List.copyOf(skipped);
    }
}
