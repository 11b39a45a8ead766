package shelf.api.catalog;

/**
 * Which products to list; empty or {@code null} criteria match everything.
 *
 * @param batchId products the batch created, changed or found unchanged; {@code null} for any
 * @param categoryPrefix category paths starting with this ("服饰鞋包" matches "服饰鞋包/女装/T恤")
 * @param merchant one merchant only
 * @param limit at most this many, 0 for no limit
 */
public record ProductQuery(Long batchId, String categoryPrefix, String merchant, int limit) {

    public ProductQuery {
        categoryPrefix = Values.text(categoryPrefix);
        merchant = Values.text(merchant);
    }

    public static ProductQuery all() {
        return new ProductQuery(null, "", "", 0);
    }
}
