package shelf.publish.sync.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.publish.Job;
import shelf.api.publish.JobKind;
import shelf.api.publish.Outbox;
import shelf.api.publish.PublishException;
import shelf.api.security.Subject;
import shelf.catalog.spi.CatalogTables;

/**
 * price:set and stock:set: the SKU changes in the catalogue first (so a later publish sends the same), then a
 * job per channel where its product is live sends just that value. A SKU code resolves only among the
 * merchants the caller sees: another merchant's SKU with the same code is neither changed nor sent, and a code
 * only others use is refused. Each merchant's change is audited with its value before and after.
 */
final class SkuUpdates {
    private final CatalogTables tables;
    private final Outbox outbox;
    private final AuditLog audit;

    SkuUpdates(CatalogTables tables, Outbox outbox, AuditLog audit) {
        this.tables = tables;
        this.outbox = outbox;
        this.audit = audit;
    }

    List<Job> price(Subject by, String merchant, String skuCode, BigDecimal price)
            throws PublishException {
        if (price.signum() <= 0) {
            throw new PublishException("a price must be above 0, not " + price.toPlainString());
        }
        return apply(by, "price:set", merchant, skuCode, JobKind.PRICE, price.toPlainString(),
                sku -> sku.salePrice() == null ? "" : sku.salePrice().toPlainString(),
                sku -> new Sku(sku.skuCode(), sku.barcode(), sku.specs(), sku.costPrice(), price, sku.promoPrice(),
                        sku.marketPrice(), sku.stock(), sku.weightKg()));
    }

    List<Job> stock(Subject by, String merchant, String skuCode, int stock)
            throws PublishException {
        if (stock < 0) {
            throw new PublishException("stock cannot be below 0, not " + stock);
        }
        return apply(by, "stock:set", merchant, skuCode, JobKind.STOCK, Integer.toString(stock),
                sku -> String.valueOf(sku.stock()),
                sku -> new Sku(sku.skuCode(), sku.barcode(), sku.specs(), sku.costPrice(), sku.salePrice(),
                        sku.promoPrice(), sku.marketPrice(), stock, sku.weightKg()));
    }

    private List<Job> apply(Subject by, String command, String merchant, String skuCode, JobKind kind, String value,
            Function<Sku, String> current, UnaryOperator<Sku> change)
            throws PublishException {
        try {
            List<Product> found = tables.withSku(merchant, skuCode);
            if (found.isEmpty()) {
                throw new PublishException("no SKU " + skuCode + (merchant.isEmpty() ? "" : " of merchant " + merchant)
                        + " in the catalogue — see product:show");
            }
            List<String> merchants = merchantsOf(by, skuCode, found);
            List<Outbox.Order> queued = new ArrayList<>();
            for (String m : merchants) {
                List<Product> changed = tables.changeSku(m, skuCode, change);
                List<String> live = new ArrayList<>();
                for (Outbox.Listing l : outbox.liveWithSku(m, skuCode)) {
                    queued.add(new Outbox.Order(l.channel(), l.merchant(), l.spuCode(), kind, skuCode, value));
                    live.add(l.channel());
                }
                String before = found.stream().filter(p -> p.merchant().equals(m)).flatMap(p -> p.skus().stream())
                        .filter(s -> s.skuCode().equals(skuCode)).findFirst().map(current).orElse("");
                audit.append(AuditEntry.of(by.name(), command, List.of("sku:" + m + "/" + skuCode), before, value,
                        changed.size() + " product" + (changed.size() == 1 ? "" : "s") + "; "
                                + (live.isEmpty() ? "not live on any channel" : "sent to " + String.join(", ", live))));
            }
            return outbox.queue(by.name(), queued);
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    /**
     * The merchants whose SKU the caller changes: those in the caller's scope. A merchant of the caller's whose
     * product with the code lies outside the caller's categories is refused rather than half changed.
     */
    private static List<String> merchantsOf(Subject by, String skuCode, List<Product> found) {
        List<Product> mine = found.stream().filter(p -> by.scope().allowsMerchant(p.merchant())).toList();
        if (mine.isEmpty()) {
            by.requireScope("SKU " + skuCode, found.get(0).merchant(), null);
        }
        for (Product p : mine) {
            by.requireScope("SKU " + skuCode + " (" + p.merchant() + " " + p.spuCode() + ")", p.merchant(),
                    p.categoryPath());
        }
        return mine.stream().map(Product::merchant).distinct().toList();
    }
}
