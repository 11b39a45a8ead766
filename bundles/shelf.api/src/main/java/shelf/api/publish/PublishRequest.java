package shelf.api.publish;

import java.util.List;

/**
 * What to publish where.
 *
 * @param batchId publish the products of this batch, or {@code null}
 * @param spuCodes publish these products (every merchant's product with the code), when no batch is given
 * @param channels the channels; empty for every channel with an installed adapter
 * @param requestedBy who asked, for the record
 */
public record PublishRequest(Long batchId, List<String> spuCodes, List<String> channels, String requestedBy) {

    public PublishRequest {
        spuCodes = spuCodes == null ? List.of() : List.copyOf(spuCodes);
        channels = channels == null ? List.of() : List.copyOf(channels);
        requestedBy = requestedBy == null ? "" : requestedBy;
    }
}
