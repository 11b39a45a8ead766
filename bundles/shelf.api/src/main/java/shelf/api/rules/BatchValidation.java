package shelf.api.rules;

import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;
import shelf.api.security.Subject;

/**
 * Validates a stored batch: runs the rule engine over its products for a channel and keeps the findings in
 * the {@link FindingStore}, replacing that batch's and channel's previous ones.
 */
@ProviderType
public interface BatchValidation {

    /**
     * Needs "catalog:validate" and the batch in the subject's scope; the channel must be one a channel adapter
     * or a rule pack names. The whole batch is validated and kept; the run returned counts the products in
     * the subject's scope and their findings only. Audited.
     *
     * @param subject who validates
     * @param channel the channel to validate for, or empty for none in particular
     * @param progress told how many products are done so far, now and then
     * @throws CatalogException when the store fails; nothing is replaced then
     * @throws IllegalArgumentException when the batch does not exist or the channel is unknown
     */
    ValidationRun validate(Subject subject, long batchId, String channel, LongConsumer progress) throws CatalogException;

    /**
     * Like {@link #validate(Subject, long, String, LongConsumer)}, returning counts instead of the findings: the
     * findings go to the {@link FindingStore} as they are found, so a batch of any size validates in bounded
     * memory (beside its products).
     */
    default ValidationCount validateCounting(Subject subject, long batchId, String channel, LongConsumer progress)
            throws CatalogException {
        return ValidationCount.of(validate(subject, batchId, channel, progress));
    }
}
