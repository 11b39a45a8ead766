package shelf.channel.testkit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;

/** An adapter for {@link MemoryShop}, correct unless given flaws: the mistakes the kit is there to catch. */
final class MemoryShopAdapter implements ChannelAdapter {
    enum Flaw {
        /** findByOuterId takes the first search hit, not the one carrying the outer id exactly. */
        LOOSE_LOOKUP,
        /** findByOuterId answers "absent" when the platform failed. */
        FAILED_LOOKUP_IS_ABSENT,
        /** A lost answer is reported as a refusal. */
        LOST_ANSWER_IS_REFUSAL,
        /** A lost answer is retried inside the adapter. */
        RETRIES_LOST_CREATE,
        /** An expired token is not renewed. */
        NO_TOKEN_REFRESH,
        /** The platform's rate-limit answer is reported as "busy". */
        THROTTLE_IS_BUSY
    }

    @FunctionalInterface
    private interface Call<T> {
        T with(String token) throws MemoryShop.Refused, IOException;
    }

    private final MemoryShop shop;
    private final Set<Flaw> flaws;
    private String token = "";

    MemoryShopAdapter(MemoryShop shop, Flaw... flaws) {
        this.shop = shop;
        this.flaws = flaws.length == 0 ? EnumSet.noneOf(Flaw.class) : EnumSet.of(flaws[0], flaws);
    }

    @Override
    public String create(Product product) throws ChannelException {
        try {
            return call(t -> shop.create(t, product));
        } catch (ChannelException e) {
            if (e.kind() == Kind.UNKNOWN_OUTCOME && flaws.contains(Flaw.RETRIES_LOST_CREATE)) {
                return call(t -> shop.create(t, product));
            }
            throw e;
        }
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        call(t -> {
            shop.update(t, listingId, product);
            return null;
        });
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        try {
            return call(t -> shop.search(t, outerId)).stream()
                    .filter(item -> flaws.contains(Flaw.LOOSE_LOOKUP) || item.outerId().equals(outerId))
                    .findFirst().map(item -> new ChannelListing(item.id(), item.outerId(), true, item.product(),
                            item.product().skus().stream().collect(Collectors.toMap(Sku::skuCode, s -> item.id() + s.skuCode()))));
        } catch (ChannelException e) {
            if (flaws.contains(Flaw.FAILED_LOOKUP_IS_ABSENT)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private <T> T call(Call<T> call) throws ChannelException {
        try {
            String used = token();
            try {
                return call.with(used);
            } catch (MemoryShop.Refused e) {
                if (e.code != 401 || flaws.contains(Flaw.NO_TOKEN_REFRESH)) {
                    throw e;
                }
                token = "";
                return call.with(token());
            }
        } catch (MemoryShop.Refused e) {
            Kind kind = e.code == 401 ? Kind.TOKEN_EXPIRED
                    : flaws.contains(Flaw.THROTTLE_IS_BUSY) ? Kind.BUSY : Kind.RATE_LIMITED;
            throw new ChannelException(kind, String.valueOf(e.code), e.getMessage());
        } catch (IOException e) {
            throw new ChannelException(flaws.contains(Flaw.LOST_ANSWER_IS_REFUSAL) ? Kind.REFUSED : Kind.UNKNOWN_OUTCOME, "",
                    e.getMessage());
        }
    }

    private synchronized String token() throws MemoryShop.Refused {
        if (token.isEmpty()) {
            token = shop.issueToken();
        }
        return token;
    }

    @Override public String id() { return "memory"; }
    @Override public String name() { return "Memory shop"; }
    @Override public String apiVersion() { return "1"; }
    @Override public String endpoint() { return "memory"; }
    @Override public ChannelLimits limits() { return new ChannelLimits(60, ChannelLimits.TitleCounting.CHARACTERS, 9, 100, 2, "main", null); }
    @Override public void setPrice(String listingId, String skuOuterId, BigDecimal price) { }
    @Override public void setStock(String listingId, String skuOuterId, int stock) { }
    @Override public void delist(String listingId) { }
    @Override public ListingPage listings(String cursor, int pageSize) { return new ListingPage(java.util.List.of(), ""); }
}
