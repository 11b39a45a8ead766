package shelf.api.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;
import shelf.api.security.Subject;

/**
 * The rule packs installed — from bundles, from the deploy folder, and packs written in Java — with their
 * versions: several versions of a pack can be installed, one is active and runs in validation.
 */
@ProviderType
public interface RulePackLibrary {

    /** Every installed version of every pack, by id, newest deployment first. */
    List<PackVersion> versions();

    /**
     * The fields every product must have to validate clean for no particular channel: the fields of the active
     * packs' {@code "required"} rules of severity error that apply to every category — product fields ("brand",
     * "attributes.产地") and SKU fields ("skus.promoPrice"). What the import template marks 上架必填.
     * Requirements of one category's or one channel's pack are not in it. Packs written in Java say nothing.
     */
    default java.util.Set<String> requiredFields() {
        return java.util.Set.of();
    }

    /** The active version of a pack with its rules, if the pack is installed. */
    Optional<PackDescription> describe(String id);

    /**
     * Makes the version deployed before the active one active again.
     *
     * @return the version now active
     * @throws IllegalArgumentException when the pack is not installed or has no earlier version; the
     *     message says which
     */
    PackVersion rollback(String id);

    /**
     * A dry run of a pack file not yet deployed against a stored batch: the findings it would add and those
     * it would clear compared with the packs active now (replacing the active version of the same id).
     * Nothing is stored or activated. Needs "rules:test" and the batch in the subject's scope; only the
     * products in scope are run.
     *
     * @throws IllegalArgumentException when the file does not read as a pack (file, line, column, fix)
     */
    PackDryRun test(Subject subject, Path packFile, long batchId, String channel) throws CatalogException;
}
