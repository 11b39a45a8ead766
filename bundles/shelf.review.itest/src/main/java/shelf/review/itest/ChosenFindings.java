package shelf.review.itest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.rules.RuleEngine;

/** A rule engine that finds what the test chose: an error on a product, by its SPU code. */
public final class ChosenFindings implements RuleEngine {
    private final Map<String, Finding> errors = new ConcurrentHashMap<>();

    /** From now on every validation of {@code spuCode} finds this error. */
    public void error(String merchant, String spuCode, String code, String message) {
        errors.put(spuCode, new Finding(code, Severity.ERROR, merchant, spuCode, "", "title", null, message, "test"));
    }

    @Override
    public List<Finding> validate(List<StoredProduct> products, String channel, LongConsumer progress) {
        return products.stream().map(p -> errors.get(p.product().spuCode())).filter(f -> f != null).toList();
    }

    @Override
    public List<String> packs() {
        return List.of("test");
    }
}
