package shelf.api.publish;

import java.util.List;

/**
 * What to publish where.
 *
 * @param batchId publish the products of this batch, or {@code null}
 * @param spuCodes publish these products (every product with the code in the caller's scope), when no batch is given
 * @param channels the channels; empty for every channel with an installed adapter
 * @param requestedBy who asked: ignored by the services, which record the caller they are given; a stored
 *        schedule keeps here the user it fires as
 */
public record PublishRequest(Long batchId, List<String> spuCodes, List<String> channels, String requestedBy) {

    public PublishRequest {
        spuCodes = spuCodes == null ? List.of() : List.copyOf(spuCodes);
        channels = channels == null ? List.of() : List.copyOf(channels);
        requestedBy = requestedBy == null ? "" : requestedBy;
    }
}
