package shelf.api.rules;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;

/**
 * Runs every rule pack that applies over a batch of products and returns what they found. Nothing is
 * stored: the caller decides what to do with the findings.
 */
@ProviderType
public interface RuleEngine {

    /**
     * Validates the products for a channel (empty: no particular channel); each finding carries the
     * source cell of its value where the stored product knows it. Findings come sorted by merchant, SPU,
     * SKU (product-level first) and code.
     */
    default List<Finding> validate(List<StoredProduct> products, String channel) {
        return validate(products, channel, done -> { });
    }

    /**
     * Like {@link #validate(List, String)}, telling {@code progress} now and then how many products are done.
     */
    List<Finding> validate(List<StoredProduct> products, String channel, java.util.function.LongConsumer progress);

    /** The packs that would run now, as "id@version", in id order. */
    List<String> packs();

    /** The findings of one run, and the packs that applied to at least one product, as "id@version". */
    record Run(List<Finding> findings, List<String> applied) {
        public Run {
            findings = List.copyOf(findings);
            applied = List.copyOf(applied);
        }
    }

    /**
     * Like {@link #validate(List, String, java.util.function.LongConsumer)}, saying which packs applied (an
     * engine that cannot tell names every pack it runs).
     */
    default Run run(List<StoredProduct> products, String channel, java.util.function.LongConsumer progress) {
        return new Run(validate(products, channel, progress), packs());
    }

    /**
     * Like {@link #run(List, String, java.util.function.LongConsumer)}, but gives the findings to {@code sink} a
     * part of the batch at a time, in the same order as a run returns them, instead of holding them all; every
     * rule still sees the whole batch. Returns the packs that applied.
     */
    default List<String> stream(List<StoredProduct> products, String channel, java.util.function.LongConsumer progress,
            FindingSink sink) throws shelf.api.catalog.CatalogException {
        Run run = run(products, channel, progress);
        sink.accept(run.findings());
        return run.applied();
    }

    /**
     * Like {@link #stream(List, String, java.util.function.LongConsumer, FindingSink)} over products read a part at
     * a time, so that a batch of any size is checked in bounded memory; rules that look across the batch read it
     * part by part too. The findings are the same, in the same order.
     *
     * @since 3.4
     */
    default List<String> stream(shelf.api.catalog.BatchProducts products, String channel,
            java.util.function.LongConsumer progress, FindingSink sink) throws shelf.api.catalog.CatalogException {
        return stream(products.read(0, products.size()), channel, progress, sink);
    }

    /**
     * Runs these packs instead of the registered ones, for a dry run of a pack not yet deployed beside (or in
     * place of) the packs in force (rules:test). An engine that runs only its registered packs keeps this
     * default, and rules:test then says that it needs an engine that can.
     *
     * @throws UnsupportedOperationException when this engine cannot run packs it was not given as services
     */
    default Run run(List<StoredProduct> products, String channel, List<RulePack> packs,
            java.util.function.LongConsumer progress) {
        throw new UnsupportedOperationException("the rule engine installed runs only the packs deployed to it, so it"
                + " cannot try a pack first — rules:test needs Shelf's (feature:install validation)");
    }

    /** The packs registered now, as a run would see them. */
    default List<RulePack> registeredPacks() {
        return List.of();
    }

    /** Validates products that are not stored (a dry run, a test): findings carry no source cells. */
    default List<Finding> validateProducts(List<Product> products, String channel) {
        return validate(products.stream().map(p -> new StoredProduct(p, 0, Map.of(), 0, null)).toList(), channel);
    }
}
