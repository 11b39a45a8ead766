package shelf.core.internal.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.publish.Job;
import shelf.api.publish.JobKind;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishException;
import shelf.core.internal.catalog.CatalogTables;

/**
 * price:set and stock:set: the SKU changes in the catalogue first (so a later publish sends the same), then a
 * job per channel where its product is live sends just that value.
 */
final class SkuUpdates {
    @FunctionalInterface
    interface Jobs {
        List<Job> find(JobQuery query) throws PublishException;
    }

    private final CatalogTables tables;
    private final JobRecords records;
    private final Jobs jobs;

    SkuUpdates(CatalogTables tables, JobRecords records, Jobs jobs) {
        this.tables = tables;
        this.records = records;
        this.jobs = jobs;
    }

    List<Job> price(String merchant, String skuCode, BigDecimal price, Consumer<List<String>> wake) throws PublishException {
        if (price.signum() <= 0) {
            throw new PublishException("a price must be above 0, not " + price.toPlainString());
        }
        return apply(merchant, skuCode, JobKind.PRICE, price.toPlainString(), sku -> new Sku(sku.skuCode(), sku.barcode(),
                sku.specs(), sku.costPrice(), price, sku.promoPrice(), sku.marketPrice(), sku.stock(), sku.weightKg()), wake);
    }

    List<Job> stock(String merchant, String skuCode, int stock, Consumer<List<String>> wake) throws PublishException {
        if (stock < 0) {
            throw new PublishException("stock cannot be below 0, not " + stock);
        }
        return apply(merchant, skuCode, JobKind.STOCK, Integer.toString(stock), sku -> new Sku(sku.skuCode(), sku.barcode(),
                sku.specs(), sku.costPrice(), sku.salePrice(), sku.promoPrice(), sku.marketPrice(), stock, sku.weightKg()),
                wake);
    }

    private List<Job> apply(String merchant, String skuCode, JobKind kind, String value, UnaryOperator<Sku> change,
            Consumer<List<String>> wake) throws PublishException {
        try {
            List<Product> changed = tables.changeSku(merchant, skuCode, change);
            if (changed.isEmpty()) {
                throw new PublishException("no SKU " + skuCode + (merchant.isEmpty() ? "" : " of merchant " + merchant)
                        + " in the catalogue — see product:show");
            }
            List<NewJob> queued = new ArrayList<>();
            List<String> channels = new ArrayList<>();
            for (ListingRecords.Live live : new ListingRecords(records).liveWithSku(merchant, skuCode)) {
                queued.add(new NewJob(live.channel(), live.merchant(), live.spuCode(), kind, skuCode, value));
                channels.add(live.channel());
            }
            if (queued.isEmpty()) {
                return List.of();
            }
            long run = records.nextRun();
            records.insert(run, queued, "");
            wake.accept(channels);
            return jobs.find(new JobQuery(null, "", run, 0));
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }
}
