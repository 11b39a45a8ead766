package shelf.api.rules;

import java.util.List;

import shelf.api.finding.Finding;

/** Where a streamed validation's findings go, a part of the batch at a time, in the engine's order. */
@FunctionalInterface
public interface FindingSink {
    void accept(List<Finding> findings) throws shelf.api.catalog.CatalogException;
}
