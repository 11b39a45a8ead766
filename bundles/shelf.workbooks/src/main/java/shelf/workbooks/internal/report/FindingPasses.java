package shelf.workbooks.internal.report;

import java.util.List;
import java.util.function.Consumer;

import shelf.api.catalog.CatalogException;
import shelf.api.finding.Finding;

/**
 * The findings a report shows, in their order. Each call is a pass of its own (a read of the finding store), so
 * a report of a million findings reads them twice rather than holding them.
 */
@FunctionalInterface
interface FindingPasses {
    void each(Consumer<Finding> each) throws CatalogException;

    static FindingPasses of(List<Finding> findings) {
        return findings::forEach;
    }
}
