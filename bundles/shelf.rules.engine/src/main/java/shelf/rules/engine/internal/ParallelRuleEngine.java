package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.media.MediaInspector;
import shelf.api.media.MediaRoots;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.rules.RulePack;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;

/**
 * The rule engine: a whiteboard of every RulePack service, run over the products of a batch in
 * parallel (products are independent; packs are thread-safe by contract). A pack that appears or
 * leaves counts from the next validation on; one run sees the packs as they were when it started.
 */
@Component(service = {RuleEngine.class, ParallelRuleEngine.class}, configurationPid = "shelf.rules")
@Designate(ocd = ParallelRuleEngine.Config.class)
public final class ParallelRuleEngine implements RuleEngine {

    /** The configuration "shelf.rules" (Configuration Admin); a change counts from the next validation on. */
    @ObjectClassDefinition(name = "Shelf rules", description = "How the rule engine runs the rule packs")
    public @interface Config {
        @AttributeDefinition(description = "milliseconds of CPU one rule may spend on one product; a rule stopped for "
                + "taking longer becomes the error finding rule.timeout and is not run again in that validation (0: no limit)")
        long ruleBudgetMillis() default RuleBudget.DEFAULT_MILLIS;
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::merchant)
            .thenComparing(Finding::spuCode).thenComparing(Finding::skuCode).thenComparing(Finding::code)
            .thenComparing(Finding::field).thenComparing(Finding::pack).thenComparing(Finding::message);
    private static final int PROGRESS_STEP = 1000;

    private final List<RulePack> packs = new CopyOnWriteArrayList<>();
    volatile long budgetNanos = RuleBudget.DEFAULT_MILLIS * 1_000_000;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MediaInspector media;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CatalogStore store;

    /** Folders besides a spreadsheet's own its media may be in (framework property shelf.media.roots). */
    MediaRoots mediaRoots = new MediaRoots(List.of());

    @Activate
    void activate(BundleContext context) {
        mediaRoots = MediaRoots.parse(context.getProperty(MediaRoots.PROPERTY));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addPack(RulePack pack) {
        packs.add(pack);
    }

    void removePack(RulePack pack) {
        packs.remove(pack);
    }

    @Activate
    @Modified
    void configure(Config config) {
        budgetNanos = Math.max(0, config.ruleBudgetMillis()) * 1_000_000;
    }

    @Override
    public List<String> packs() {
        return names(List.copyOf(packs));
    }

    static List<String> names(List<RulePack> packs) {
        return packs.stream().map(p -> p.id() + "@" + p.version()).sorted().toList();
    }

    @Override
    public List<Finding> validate(List<StoredProduct> products, String channel, LongConsumer progress) {
        return validate(products, channel, List.copyOf(packs), progress);
    }

    /** Runs these packs instead of the registered ones: for a dry run of a pack not yet deployed. */
    List<Finding> validate(List<StoredProduct> products, String channel, List<RulePack> packs, LongConsumer progress) {
        return run(products, channel, packs, progress).findings();
    }

    @Override
    public Run run(List<StoredProduct> products, String channel, LongConsumer progress) {
        return run(products, channel, List.copyOf(packs), progress);
    }

    @Override
    public Run run(List<StoredProduct> products, String channel, List<RulePack> packs, LongConsumer progress) {
        ValidationBatch batch = new ValidationBatch(products, channel, MediaFiles.confined(media, mediaRoots),
                catalogue, budgetNanos);
        AtomicLong done = new AtomicLong();
        Set<RulePack> applied = ConcurrentHashMap.newKeySet();
        List<Finding> findings = checkAll(batch.products(), packs, batch, applied, done, progress);
        progress.accept(done.get());
        findings.sort(ORDER);
        return new Run(findings, names(List.copyOf(applied)));
    }

    /**
     * Products checked together before their findings go to the sink: bounds the products and findings held at
     * once. Small, because whatever is held survives each young collection and is copied by it: with 5,000 products
     * (and the next 5,000 read meanwhile) a million-SKU batch spent about half its time collecting at -Xmx512m.
     */
    static final int PRODUCTS_PER_PART = 1_000;

    private static final Comparator<Product> PRODUCT_ORDER = Comparator.comparing(Product::merchant)
            .thenComparing(Product::spuCode);

    /**
     * The batch in parts of products in merchant and SPU order, each part's findings sorted and handed on: as a
     * finding's merchant and SPU are its product's, the parts' findings one after the other are in the order
     * {@link #run} sorts all of them into. Every rule sees the whole batch, as in a run.
     */
    @Override
    public List<String> stream(List<StoredProduct> products, String channel, LongConsumer progress,
            shelf.api.rules.FindingSink sink) throws CatalogException {
        List<RulePack> running = List.copyOf(packs);
        ValidationBatch batch = new ValidationBatch(products, channel, MediaFiles.confined(media, mediaRoots),
                catalogue, budgetNanos);
        List<Product> ordered = new ArrayList<>(batch.products());
        ordered.sort(PRODUCT_ORDER);
        AtomicLong done = new AtomicLong();
        Set<RulePack> applied = ConcurrentHashMap.newKeySet();
        for (int from = 0; from < ordered.size(); from += PRODUCTS_PER_PART) {
            List<Finding> findings = checkAll(ordered.subList(from, Math.min(ordered.size(), from + PRODUCTS_PER_PART)),
                    running, batch, applied, done, progress);
            findings.sort(ORDER);
            sink.accept(findings);
        }
        progress.accept(done.get());
        return names(List.copyOf(applied));
    }

    /**
     * The batch read a part at a time, in merchant and SPU order, each part's findings sorted and handed on; rules
     * looking across the batch read it part by part too (see {@link BatchProductList}).
     */
    @Override
    public List<String> stream(shelf.api.catalog.BatchProducts products, String channel, LongConsumer progress,
            shelf.api.rules.FindingSink sink) throws CatalogException {
        List<RulePack> running = List.copyOf(packs);
        ValidationBatch batch = new ValidationBatch(products, channel, MediaFiles.confined(media, mediaRoots),
                catalogue, budgetNanos);
        AtomicLong done = new AtomicLong();
        Set<RulePack> applied = ConcurrentHashMap.newKeySet();
        CompletableFuture<List<StoredProduct>> next = readPart(products, 0);
        if (running.stream().anyMatch(p -> p instanceof DeclarativeRulePack d && d.checksSkuCodes())) {
            // asked by the first product's unique rules: meanwhile the first part is read and the other core idle
            CompletableFuture.runAsync(batch::sharingSkuCodes, BatchProductList.READERS);
        }
        for (int from = 0; from < products.size(); from += PRODUCTS_PER_PART) {
            List<StoredProduct> part = joinPart(next);
            // the next part is read while this one is checked
            next = readPart(products, from + PRODUCTS_PER_PART);
            batch.checking(part);
            List<Finding> findings = checkAll(part.stream().map(StoredProduct::product).toList(), running, batch,
                    applied, done, progress);
            findings.sort(ORDER);
            sink.accept(findings);
        }
        progress.accept(done.get());
        return names(List.copyOf(applied));
    }

    /** The products checked in parallel, their findings unsorted; each counted in {@code done} for the progress. */
    private static List<Finding> checkAll(List<Product> products, List<RulePack> running, ValidationBatch batch,
            Set<RulePack> applied, AtomicLong done, LongConsumer progress) {
        return new ArrayList<>(products.parallelStream()
                .flatMap(product -> {
                    List<Finding> found = check(product, running, batch, applied);
                    long n = done.incrementAndGet();
                    if (n % PROGRESS_STEP == 0) {
                        progress.accept(n);
                    }
                    return found.stream();
                })
                .toList());
    }

    private static CompletableFuture<List<StoredProduct>> readPart(
            shelf.api.catalog.BatchProducts products, int from) {
        if (from >= products.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return products.read(from, Math.min(products.size(), from + PRODUCTS_PER_PART));
            } catch (CatalogException e) {
                throw new CompletionException(e);
            }
        }, BatchProductList.READERS);
    }

    private static List<StoredProduct> joinPart(CompletableFuture<List<StoredProduct>> part)
            throws CatalogException {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CatalogException failed) {
                throw failed;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The merchant's stored products outside the batch, from the store registered now (none: nothing stored). */
    private final ValidationBatch.CatalogueLoader catalogue = new ValidationBatch.CatalogueLoader() {
        @Override
        public List<Product> outside(String merchant, java.util.Set<String> inBatch) {
            CatalogStore catalog = store;
            if (catalog == null || merchant.isEmpty()) {
                return List.of();
            }
            try {
                ProductQuery all = new ProductQuery(null, "", merchant, 0);
                if (catalog.count(Subject.SYSTEM, all) <= inBatch.size()) {
                    return List.of(); // the batch is the merchant's whole catalogue
                }
                return catalog.products(Subject.SYSTEM, all).stream().map(StoredProduct::product)
                        .filter(p -> !inBatch.contains(p.spuCode())).toList();
            } catch (CatalogException e) {
                throw new IllegalStateException("cannot read the catalogue of " + merchant + ": " + e.getMessage(), e);
            }
        }

        /**
         * A large batch that is the merchant's whole catalogue (the count says so) has nothing to look up in it; a
         * small one is looked up at once, the lookup costing less than the count.
         */
        @Override
        public boolean anyOutside(String merchant, java.util.Set<String> inBatch) {
            CatalogStore catalog = store;
            if (catalog == null || merchant.isEmpty()) {
                return false;
            }
            if (inBatch.size() <= 1_000) {
                return true;
            }
            try {
                return catalog.count(Subject.SYSTEM, new ProductQuery(null, "", merchant, 0)) > inBatch.size();
            } catch (CatalogException e) {
                throw new IllegalStateException("cannot count the catalogue of " + merchant + ": " + e.getMessage(), e);
            }
        }

        @Override
        public List<Product> holding(String merchant, String field, java.util.Set<String> values,
                java.util.Set<String> inBatch) {
            CatalogStore catalog = store;
            if (catalog == null || merchant.isEmpty()) {
                return List.of();
            }
            try {
                return catalog.holding(Subject.SYSTEM, merchant, field, values, inBatch);
            } catch (CatalogException e) {
                throw new IllegalStateException("cannot look up " + field + " in the catalogue of " + merchant + ": "
                        + e.getMessage(), e);
            }
        }
    };

    @Override
    public List<RulePack> registeredPacks() {
        return List.copyOf(packs);
    }

    private static List<Finding> check(Product product, List<RulePack> packs, BatchContext batch,
            java.util.Set<RulePack> applied) {
        List<Finding> findings = new ArrayList<>(0);
        for (RulePack pack : packs) {
            try {
                if (pack.appliesTo(product, batch.channel())) {
                    applied.add(pack);
                    findings.addAll(pack.check(product, batch));
                }
            } catch (RuntimeException | Error e) {
                // a faulty pack — even one that runs out of memory or stack — costs its own findings, never the
                // others' nor the run
                findings.add(new Finding("pack.failed", Severity.ERROR, product.merchant(), product.spuCode(), "", "",
                        null, "规则包 " + pack.id() + "@" + pack.version() + " 检查本商品时出错：" + e,
                        pack.id() + "@" + pack.version()));
            }
        }
        return findings;
    }
}
