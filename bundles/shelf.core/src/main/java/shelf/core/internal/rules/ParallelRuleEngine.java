package shelf.core.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredProduct;
import shelf.api.rules.BatchContext;
import shelf.api.rules.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.rules.RulePack;
import shelf.api.rules.Severity;

/**
 * The rule engine: a whiteboard of every RulePack service, run over the products of a batch in
 * parallel (products are independent; packs are thread-safe by contract). A pack that appears or
 * leaves counts from the next validation on; one run sees the packs as they were when it started.
 */
@Component(service = RuleEngine.class)
public final class ParallelRuleEngine implements RuleEngine {
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::merchant)
            .thenComparing(Finding::spuCode).thenComparing(Finding::skuCode).thenComparing(Finding::code)
            .thenComparing(Finding::field).thenComparing(Finding::pack).thenComparing(Finding::message);

    private final List<RulePack> packs = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(RulePack pack) {
        packs.add(pack);
    }

    void removePack(RulePack pack) {
        packs.remove(pack);
    }

    @Override
    public List<Finding> validate(List<StoredProduct> products, String channel) {
        ValidationBatch batch = new ValidationBatch(products, channel);
        List<RulePack> active = List.copyOf(packs);
        List<Finding> findings = new ArrayList<>(batch.products().parallelStream()
                .flatMap(product -> check(product, active, batch).stream())
                .toList());
        findings.sort(ORDER);
        return findings;
    }

    private static List<Finding> check(Product product, List<RulePack> packs, BatchContext batch) {
        List<Finding> findings = new ArrayList<>(0);
        for (RulePack pack : packs) {
            try {
                if (pack.appliesTo(product, batch.channel())) {
                    findings.addAll(pack.check(product, batch));
                }
            } catch (RuntimeException e) {
                // a faulty pack costs its own findings, never the others' nor the run
                findings.add(new Finding("pack.failed", Severity.ERROR, product.merchant(), product.spuCode(), "", "",
                        null, "规则包 " + pack.id() + "@" + pack.version() + " 检查本商品时出错：" + e,
                        pack.id() + "@" + pack.version()));
            }
        }
        return findings;
    }
}
