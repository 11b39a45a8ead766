package shelf.api.rules;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of rule check a bundle adds to rule packs, registered as a service with the property {@value #KIND}
 * naming it: a pack's rule {@code "check": "gtin-prefix"} is run by the service registered with
 * {@code shelf.rules.check=gtin-prefix}. The built-in kinds (required, maxLength, pattern, …) cannot be
 * replaced. When several services name one kind, the one of highest service.ranking serves.
 *
 * <p>{@link #prepare} is called when a pack is deployed (and again after the service was replaced), from one
 * thread; the {@link ProductCheck} it returns is called from several threads at once and must be thread-safe.
 */
@ConsumerType
public interface RuleCheck {
    /** Service property: the check's name, as rules write it in "check". */
    String KIND = "shelf.rules.check";

    /**
     * Reads the rule's parameters and returns the check of one product.
     *
     * @throws IllegalArgumentException when a parameter is missing or wrong; its message says what to write
     *     ("\"prefixes\" must be a list of digits"), and Shelf refuses the pack naming its file and rule
     */
    ProductCheck prepare(CheckedRule rule);
}
