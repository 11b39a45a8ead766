package shelf.catalog.command.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/** Money as the merchant wrote it: a stored 12.50 shows as 12.50, never 12.5. */
final class Prices {
    private Prices() {}

    static String text(BigDecimal price) {
        return price == null ? "" : price.toPlainString();
    }

    /** "12.50", or "9.90–19.90" when the SKUs' sale prices differ; empty when none has one. */
    static String saleRange(Product product) {
        Optional<BigDecimal> low = product.skus().stream().map(Sku::salePrice).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        Optional<BigDecimal> high = product.skus().stream().map(Sku::salePrice).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (low.isEmpty()) {
            return "";
        }
        return low.get().compareTo(high.get()) == 0 ? text(low.get()) : text(low.get()) + "–" + text(high.get());
    }
}
