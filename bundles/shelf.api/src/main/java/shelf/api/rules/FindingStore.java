package shelf.api.rules;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;
import shelf.api.security.Subject;
import shelf.api.finding.Finding;

/**
 * The findings of each batch's last validation, kept in the catalogue so `findings` and `report` can show
 * them after the validation that raised them. A batch has one set per channel it was validated for (the
 * empty channel: validation for no particular channel).
 *
 * <p>Each method checks the caller: the command permission (the command ACL) and the batch in the caller's
 * data scope, refusing it in one line otherwise; findings are those of products in scope only.
 */
@ProviderType
public interface FindingStore {

    /** Replaces the batch's findings for this channel with these, in one transaction ("catalog:validate"). */
    void replace(Subject subject, long batchId, String channel, List<Finding> findings) throws CatalogException;

    /**
     * A writer that replaces the batch's findings for this channel with those it is given, once committed
     * ("catalog:validate"). This default keeps them in memory until the commit; a store should write them as
     * they come.
     */
    default FindingWriter replacing(Subject subject, long batchId, String channel) throws CatalogException {
        java.util.List<Finding> kept = new java.util.ArrayList<>();
        return new FindingWriter() {
            @Override
            public void write(List<Finding> findings) {
                kept.addAll(findings);
            }

            @Override
            public void commit() throws CatalogException {
                replace(subject, batchId, channel, kept);
            }

            @Override
            public void close() {
                kept.clear();
            }
        };
    }

    /**
     * Passes the batch's findings from its last validation for the filter's channel to {@code each}, in order,
     * without holding them all, like {@link #findings(Subject, long, FindingFilter)} ("catalog:findings").
     */
    default void eachFinding(Subject subject, long batchId, FindingFilter filter,
            java.util.function.Consumer<Finding> each) throws CatalogException {
        findings(subject, batchId, filter).forEach(each);
    }

    /**
     * The batch's findings from its last validation for the filter's channel, in the order the engine
     * returned them, of products in the subject's scope; empty when the batch was never validated for that
     * channel ("catalog:findings").
     */
    List<Finding> findings(Subject subject, long batchId, FindingFilter filter) throws CatalogException;

    /** The channel the batch was last validated for, if it was validated at all ("catalog:findings"). */
    Optional<String> lastChannel(Subject subject, long batchId) throws CatalogException;
}
