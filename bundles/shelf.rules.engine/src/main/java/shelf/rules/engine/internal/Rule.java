package shelf.rules.engine.internal;

import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/** One rule of a declarative pack. Immutable, called from several threads at once. */
interface Rule {

    /** Adds the rule's findings for one product to {@code out}. */
    void check(Product product, BatchContext batch, List<Finding> out);

    RuleHead head();
}
