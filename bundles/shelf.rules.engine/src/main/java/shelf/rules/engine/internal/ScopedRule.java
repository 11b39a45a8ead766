package shelf.rules.engine.internal;

import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.finding.Finding;
import shelf.api.rules.BatchContext;

/**
 * A rule with its own "appliesTo" inside its pack's: it runs only on products whose category is in both, so a
 * pack for 服饰鞋包/** can leave bags out of its size rule without a second pack.
 */
record ScopedRule(Rule rule, CategoryScope scope) implements Rule {

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        if (scope.includes(product)) {
            rule.check(product, batch, out);
        }
    }

    @Override
    public RuleHead head() {
        return rule.head();
    }
}
