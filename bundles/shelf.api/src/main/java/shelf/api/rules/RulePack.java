package shelf.api.rules;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import shelf.api.catalog.Product;
import shelf.api.finding.Finding;

/**
 * A set of validation rules, registered as a service. A declarative pack (JSON a category manager
 * wrote) and a pack written in Java implement the same interface, so the engine treats them alike.
 * Packs are called from several threads at once and must be thread-safe; a pack should not throw
 * (the engine reports a pack that does as a finding of its own, code {@code pack.failed}).
 */
@ConsumerType
public interface RulePack {
    /** Service property naming the pack, for filters and the shell ("shelf.rules=base"). */
    String SERVICE_PROPERTY = "shelf.rules";

    /** The pack's id ("base", "apparel"). */
    String id();

    /** The pack's version ("1.2.0"). */
    String version();

    /**
     * Whether the pack checks this product when validating for this channel (empty: no particular
     * channel) — typically decided by the product's category.
     */
    boolean appliesTo(Product product, String channel);

    /** The problems this pack finds in one product, in no particular order; empty when there are none. */
    List<Finding> check(Product product, BatchContext batch);
}
