package shelf.publish.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.google.gson.Gson;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.CallGate;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelListing;
import shelf.api.media.ProcessedImages;

/**
 * One attempt of one job against an adapter: what to call, in which order, so that nothing is listed twice.
 * A product with a recorded listing is updated (or left alone when what was last sent is what the catalogue
 * holds); one without is created — but when an earlier attempt ended without an answer, it first asks the
 * platform for a listing with the product's outer id, since that attempt may have created it.
 */
final class PublishCall {
    private static final Gson GSON = new Gson();
    /** How soon a lookup the platform could not answer yet is asked again (and as much again at random). */
    static final long LOOKUP_AGAIN_MILLIS = 2_000;

    private final java.util.function.Function<byte[], Product> documents;
    private final java.util.function.Supplier<ProcessedImages> processed;

    /** @param processed the image pipeline's outputs, or a supplier of null when it is not installed */
    PublishCall(java.util.function.Function<byte[], Product> documents, java.util.function.Supplier<ProcessedImages> processed) {
        this.documents = documents;
        this.processed = processed;
    }

    /** Runs the job once; a failure of the platform is thrown for the worker to classify. */
    Outcome run(ClaimedJob job, ChannelAdapter adapter, CallGate gate) throws ChannelException, InterruptedException {
        return switch (job.kind()) {
            case PUBLISH -> publish(job, adapter, gate);
            case PRICE -> {
                requireListing(job);
                gate.enter();
                adapter.setPrice(job.listingId(), job.skuCode(), new BigDecimal(job.value()));
                yield Outcome.done(job, job.listingId(), null);
            }
            case STOCK -> {
                requireListing(job);
                gate.enter();
                adapter.setStock(job.listingId(), job.skuCode(), Integer.parseInt(job.value()));
                yield Outcome.done(job, job.listingId(), null);
            }
        };
    }

    private Outcome publish(ClaimedJob job, ChannelAdapter adapter, CallGate gate) throws ChannelException, InterruptedException {
        if (job.document() == null) {
            return Outcome.failed(job, "", "商品 " + job.spuCode() + " 已不在商品目录中 (the product is no longer in the catalogue)");
        }
        // the platform gets what images:process made for its profile, not the merchant's original
        SentImages.Sent sent = SentImages.of(documents.apply(job.document()), job.channel(), processed.get());
        return publish(job, sent.product(), adapter, gate).noting(sent.note());
    }

    private Outcome publish(ClaimedJob job, Product product, ChannelAdapter adapter, CallGate gate)
            throws ChannelException, InterruptedException {
        if (!job.listingId().isEmpty()) {
            if (Arrays.equals(job.listingDigest(), job.documentDigest())) {
                return Outcome.done(job, job.listingId(), null);
            }
            try {
                gate.enter();
                adapter.update(job.listingId(), product);
            } catch (ChannelException e) {
                if (e.kind() == ChannelException.Kind.NOT_FOUND) {
                    return Outcome.retry(job, System.currentTimeMillis(), e.platformCode(), "listing " + job.listingId()
                            + " is gone from the platform (" + e.getMessage() + "): it will be listed again").forgettingListing();
                }
                throw e;
            }
            return live(job, job.listingId(), Map.of(), product);
        }
        if (job.mayExist()) {
            gate.enter();
            Optional<ChannelListing> found;
            try {
                found = adapter.findByOuterId(job.spuCode());
            } catch (ChannelException e) {
                if (e.kind() != ChannelException.Kind.UNDER_REVIEW) {
                    throw e;
                }
                // the platform cannot answer the lookup yet (the WeChat shop is being read page by page): nothing was
                // sent that changes the platform, so this is no attempt — counted, it used up a job's thirty tries while
                // it waited for two reads of a large shop
                return Outcome.lookupPending(job, System.currentTimeMillis() + LOOKUP_AGAIN_MILLIS
                        + ThreadLocalRandom.current().nextLong(LOOKUP_AGAIN_MILLIS), e.platformCode(), e.getMessage());
            }
            if (found.isPresent()) {
                gate.enter();
                adapter.update(found.get().listingId(), product);
                return live(job, found.get().listingId(), found.get().skuIds(), product);
            }
        }
        gate.enter();
        return live(job, adapter.create(product), Map.of(), product);
    }

    private static Outcome live(ClaimedJob job, String listingId, Map<String, String> skuIds, Product product) {
        String skuCodes = product.skus().stream().map(Sku::skuCode).collect(Collectors.joining("|", "|", "|"));
        return Outcome.done(job, listingId, new Outcome.ListingRow(listingId, skuCodes, GSON.toJson(skuIds),
                job.documentDigest()));
    }

    private static void requireListing(ClaimedJob job) throws ChannelException {
        if (job.listingId().isEmpty()) {
            throw new ChannelException(ChannelException.Kind.NOT_FOUND, "",
                    "商品 " + job.spuCode() + " 在 " + job.channel() + " 上没有在售商品 (not live on " + job.channel() + ")");
        }
    }
}
