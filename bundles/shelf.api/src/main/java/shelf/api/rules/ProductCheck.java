package shelf.api.rules;

import org.osgi.annotation.versioning.ConsumerType;

import shelf.api.catalog.Product;

/**
 * One rule of a pack, as a {@link RuleCheck} prepared it: checks one product and reports what it finds.
 * Called from several threads at once. A check that throws costs only its own findings on that product (the
 * rule's finding {@code rule.failed} stands in for them); one that takes longer than the rule engine's time
 * per rule and product becomes {@code rule.timeout} and is not run again in that validation.
 */
@ConsumerType
@FunctionalInterface
public interface ProductCheck {

    /** Checks one product of the batch; each problem goes to {@code findings}. */
    void check(Product product, BatchContext batch, RuleFindings findings);
}
