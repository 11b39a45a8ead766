package shelf.channel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelListing;

/**
 * What Shelf's publishing engine counts on from a channel adapter, as tests. A new adapter's test class
 * extends this one and gives it the adapter, configured against a platform double, and that double:
 *
 * <pre>
 * class AcmeMallContractTest extends ChannelContract {
 *     protected ChannelAdapter adapter() { return adapterPointedAt(double); }
 *     protected PlatformDouble platform() { return double; }
 * }
 * </pre>
 *
 * Every scenario uses outer ids of its own, so a double that keeps its shop between tests is fine. The
 * engine never lets an adapter retry on its own beyond one token refresh: after an unknown outcome it looks
 * the listing up by outer id before it creates again, so a lookup must never say "absent" when it failed.
 */
public abstract class ChannelContract {

    /** The adapter under test, configured against {@link #platform()}; may be the same instance every time. */
    protected abstract ChannelAdapter adapter() throws Exception;

    /** The platform double the adapter talks to. */
    protected abstract PlatformDouble platform();

    /**
     * A product the adapter can list with this outer id (SPU code): two SKUs ({@code outerId-M},
     * {@code outerId-L}) at 29.90 yuan, one main image given as a URL, category 服装/男装/T恤. Override it
     * when your platform needs another category or attributes.
     */
    protected Product product(String outerId) {
        List<Sku> skus = new ArrayList<>();
        for (String size : List.of("M", "L")) {
            Map<String, String> specs = new LinkedHashMap<>();
            specs.put("颜色", "黑色");
            specs.put("尺码", size);
            skus.add(new Sku(outerId + "-" + size, "", specs, null, new BigDecimal("29.90"), null, new BigDecimal("59.00"),
                    10, null));
        }
        return new Product("contract-kit", outerId, "纯棉圆领短袖T恤 男款", "", "服装/男装/T恤", "南极人", Map.of("材质", "纯棉"),
                "<p>纯棉圆领短袖T恤，透气吸汗</p>", List.of(), List.of("https://img.shelf.example/kit/main_1.jpg"),
                List.of("https://img.shelf.example/kit/detail_1.jpg"), "", "包邮", "七天无理由", 48, skus);
    }

    @AfterEach
    public void answerNormallyAgain() {
        platform().clearFaults();
    }

    @Test
    public void aCreatedListingIsFoundByItsOuterId() throws Exception {
        String outerId = outerId("C");
        String listingId = adapter().create(product(outerId));

        assertFalse(listingId == null || listingId.isBlank(), "create() must return the platform's listing id");
        assertEquals(1, platform().listingsWithOuterId(outerId), "the platform should hold one listing with outer id " + outerId);
        ChannelListing found = lookUp(outerId);
        assertEquals(listingId, found.listingId(), "findByOuterId() found another listing than create() made");
        assertEquals(outerId, found.outerId());
        assertTrue(found.skuIds().keySet().containsAll(List.of(outerId + "-M", outerId + "-L")),
                "the listing found should name the platform's SKU id of each of our SKU codes: " + found.skuIds());
    }

    @Test
    public void anOuterIdNobodyListedIsAbsentNotAnError() throws Exception {
        assertEquals(Optional.empty(), adapter().findByOuterId(outerId("ABSENT")),
                "findByOuterId() of an outer id the shop does not hold must answer empty");
    }

    @Test
    public void anOuterIdIsMatchedWholeNotByItsBeginning() throws Exception {
        String outerId = outerId("W");
        adapter().create(product(outerId + "0"));

        assertEquals(Optional.empty(), adapter().findByOuterId(outerId),
                "findByOuterId(" + outerId + ") answered the listing of " + outerId + "0: platforms search outer ids"
                        + " loosely, so an adapter must keep only the listing that carries the outer id exactly");
    }

    @Test
    public void aCreateWhoseAnswerIsLostIsAnUnknownOutcomeAndTheRetryListsItOnce() throws Exception {
        String outerId = outerId("L");
        ChannelAdapter adapter = adapter();
        adapter.findByOuterId(outerId("WARM")); // holds a token now: the lost answer is the create's own
        platform().loseAnswers();
        ChannelException lost = assertThrows(ChannelException.class, () -> adapter.create(product(outerId)),
                "create() answered although the platform never did");
        assertEquals(Kind.UNKNOWN_OUTCOME, lost.kind(), "a call the platform may have carried out without answering must"
                + " fail with UNKNOWN_OUTCOME, so the engine looks the listing up before creating again: " + lost.getMessage());
        platform().clearFaults();

        String listingId = publishAgain(adapter, product(outerId));

        assertEquals(1, platform().listingsWithOuterId(outerId), "the retry after a lost answer listed the product twice");
        assertEquals(listingId, lookUp(outerId).listingId());
    }

    @Test
    public void anExpiredTokenIsRefreshedOnceAndTheCallCarriedOut() throws Exception {
        String outerId = outerId("T");
        ChannelAdapter adapter = adapter();
        adapter.findByOuterId(outerId("WARM"));
        int issued = platform().tokensIssued();
        platform().expireTokens();

        String listingId = adapter.create(product(outerId));

        assertEquals(issued + 1, platform().tokensIssued(),
                "after the platform said the token expired, the adapter should obtain exactly one new token");
        assertEquals(1, platform().listingsWithOuterId(outerId), "the create after the refresh should list the product once");
        assertEquals(listingId, lookUp(outerId).listingId());
    }

    @Test
    public void aThrottledCreateIsRateLimitedAndListsNothing() throws Exception {
        String outerId = outerId("R");
        ChannelAdapter adapter = adapter();
        adapter.findByOuterId(outerId("WARM"));
        platform().throttle();

        ChannelException throttled = assertThrows(ChannelException.class, () -> adapter.create(product(outerId)),
                "create() succeeded although the platform throttled it");

        assertEquals(Kind.RATE_LIMITED, throttled.kind(), "the platform's rate-limit answer must be RATE_LIMITED, so the"
                + " engine slows the channel down and retries: " + throttled.getMessage());
        assertTrue(throttled.retryable());
        platform().clearFaults();
        assertEquals(0, platform().listingsWithOuterId(outerId), "a throttled create must not list anything");
    }

    @Test
    public void aThrottledLookupIsRateLimitedNeverAbsent() throws Exception {
        String outerId = outerId("F");
        ChannelAdapter adapter = adapter();
        adapter.create(product(outerId));
        platform().throttle();

        try {
            Optional<ChannelListing> answer = adapter.findByOuterId(outerId);
            fail("findByOuterId() answered " + answer + " although the platform throttled it: a lookup that failed must"
                    + " throw, or the engine would take the listing for absent and create it twice");
        } catch (ChannelException throttled) {
            assertEquals(Kind.RATE_LIMITED, throttled.kind(), throttled.getMessage());
        }
    }

    /** What the engine does after an unknown outcome: look the listing up, update it if it is there, else create. */
    private static String publishAgain(ChannelAdapter adapter, Product product) throws ChannelException {
        Optional<ChannelListing> found = adapter.findByOuterId(product.spuCode());
        if (found.isPresent()) {
            adapter.update(found.get().listingId(), product);
            return found.get().listingId();
        }
        return adapter.create(product);
    }

    private ChannelListing lookUp(String outerId) throws Exception {
        return adapter().findByOuterId(outerId)
                .orElseThrow(() -> new AssertionError("findByOuterId(" + outerId + ") found nothing"));
    }

    /** "KIT-C-k3x9q2a": short, since some platforms limit outer ids to 32 or 64 characters. */
    private static String outerId(String scenario) {
        return "KIT-" + scenario + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
