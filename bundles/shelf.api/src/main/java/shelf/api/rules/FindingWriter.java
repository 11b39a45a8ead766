package shelf.api.rules;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;
import shelf.api.finding.Finding;

/**
 * Takes a validation's findings as they come, in the engine's order, so a batch of any size is stored
 * without holding all its findings at once. They replace the batch's previous findings for the channel only
 * on {@link #commit()}; closed without a commit, nothing is replaced.
 */
@ProviderType
public interface FindingWriter extends AutoCloseable {

    /** Adds these findings after those written before. */
    void write(List<Finding> findings) throws CatalogException;

    /** Replaces the batch's previous findings for the channel with those written, at once. */
    void commit() throws CatalogException;

    /** Gives up what was written when not committed. */
    @Override
    void close() throws CatalogException;
}
