package shelf.core.internal.rules;

import java.util.List;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.rules.BatchValidation;
import shelf.api.rules.FindingStore;
import shelf.api.rules.ValidationRun;

/** Validates a stored batch and keeps what was found, so findings and report can show it later. */
@Component(service = BatchValidation.class)
public final class StoredBatchValidation implements BatchValidation {
    @Reference
    CatalogStore store;

    @Reference
    FindingStore findings;

    @Reference
    ParallelRuleEngine engine;

    @Override
    public ValidationRun validate(long batchId, String channel, LongConsumer progress) throws CatalogException {
        if (store.batch(batchId).isEmpty()) {
            throw new CatalogException("no batch " + batchId + " — see batch:list");
        }
        List<StoredProduct> products = store.products(new ProductQuery(batchId, "", "", 0));
        ParallelRuleEngine.Run run = engine.run(products, channel, progress);
        findings.replace(batchId, channel, run.findings());
        return new ValidationRun(batchId, channel, products.size(), run.applied(), run.findings());
    }
}
