package shelf.api.rules;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;

/**
 * The findings of each batch's last validation, kept in the catalogue so `findings` and `report` can show
 * them after the validation that raised them. A batch has one set per channel it was validated for (the
 * empty channel: validation for no particular channel).
 */
@ProviderType
public interface FindingStore {

    /** Replaces the batch's findings for this channel with these, in one transaction. */
    void replace(long batchId, String channel, List<Finding> findings) throws CatalogException;

    /**
     * The batch's findings from its last validation for the filter's channel, in the order the engine
     * returned them; empty when the batch was never validated for that channel.
     */
    List<Finding> findings(long batchId, FindingFilter filter) throws CatalogException;

    /** The channel the batch was last validated for, if it was validated at all. */
    Optional<String> lastChannel(long batchId) throws CatalogException;
}
