package shelf.publish.internal;

import java.util.List;
import java.util.function.LongConsumer;

import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.finding.Severity;

/** A rule engine for the publishing tests: an error for every product whose title holds the given word. */
record TitleRuleEngine(String word) implements RuleEngine {

    @Override
    public List<Finding> validate(List<StoredProduct> products, String channel, LongConsumer progress) {
        return products.stream()
                .filter(p -> !word.isEmpty() && p.product().title().contains(word))
                .map(p -> new Finding("title.banned-word", Severity.ERROR, p.product().merchant(), p.product().spuCode(),
                        "", "title", null, "标题含违禁词「" + word + "」", "base@1.0.0"))
                .toList();
    }

    @Override
    public List<String> packs() {
        return List.of("base@1.0.0");
    }
}
