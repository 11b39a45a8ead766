package shelf.api.rules;

import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;

/**
 * Validates a stored batch: runs the rule engine over its products for a channel and keeps the findings in
 * the {@link FindingStore}, replacing that batch's and channel's previous ones.
 */
@ProviderType
public interface BatchValidation {

    /**
     * @param channel the channel to validate for, or empty for none in particular
     * @param progress told how many products are done so far, now and then
     * @throws CatalogException when the batch does not exist or the store fails; nothing is replaced then
     */
    ValidationRun validate(long batchId, String channel, LongConsumer progress) throws CatalogException;
}
