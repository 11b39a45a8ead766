package shelf.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ScopedBatch;
import shelf.api.rules.BatchValidation;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingStore;
import shelf.api.rules.FindingWriter;
import shelf.api.rules.ValidationCount;
import shelf.api.rules.RuleEngine;
import shelf.api.rules.ValidationRun;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * Validates a stored batch and keeps what was found, so findings and report can show it later. The whole
 * batch is validated (uniqueness and other rules look across products), but the caller is told of the
 * products in their scope only.
 */
@Component(service = BatchValidation.class)
public final class StoredBatchValidation implements BatchValidation {
    @Reference
    CatalogStore store;

    @Reference
    FindingStore findings;

    @Reference
    RuleEngine engine;

    @Reference
    CommandAccess access;

    @Reference
    KnownChannels channels;

    @Reference
    AuditLog audit;

    @Override
    public ValidationRun validate(Subject subject, long batchId, String channel, LongConsumer progress)
            throws CatalogException {
        List<Finding> seen = new ArrayList<>();
        Checked checked = check(subject, batchId, channel, progress, seen::addAll);
        ValidationRun result = new ValidationRun(batchId, checked.channel(), checked.products(), checked.packs(), seen);
        audit.append(AuditEntry.of(subject.name(), "validate", List.of("batch:" + batchId), "", "", result.summary()));
        return result;
    }

    @Override
    public ValidationCount validateCounting(Subject subject, long batchId, String channel, LongConsumer progress)
            throws CatalogException {
        ValidationCount.Tally tally = new ValidationCount.Tally();
        Checked checked = check(subject, batchId, channel, progress, tally::add);
        ValidationCount result = tally.count(batchId, checked.channel(), checked.products(), checked.packs());
        audit.append(AuditEntry.of(subject.name(), "validate", List.of("batch:" + batchId), "", "", result.summary()));
        return result;
    }

    private record Checked(String channel, int products, List<String> packs) {
    }

    /**
     * Checks that the subject may validate the batch for the channel, validates the whole batch, its findings
     * streamed into the store as they come, and tells {@code seen} of those in the caller's scope.
     */
    private Checked check(Subject subject, long batchId, String forChannel, LongConsumer progress,
            Consumer<List<Finding>> seen) throws CatalogException {
        if (!subject.isAdmin()) {
            access.check(subject, "catalog:validate");
        }
        ScopedBatch scoped = store.inScope(subject, batchId);
        String channel = forChannel == null ? "" : forChannel;
        channels.require(channel);
        // read a part at a time: a batch of a million SKUs does not fit the default heap at once
        BatchProducts products = store.batchProducts(batchId);
        List<String> applied;
        try (FindingWriter writer = findings.replacing(Subject.SYSTEM, batchId, channel)) {
            applied = engine.stream(products, channel, progress, part -> {
                writer.write(part);
                seen.accept(scoped.whole() ? part
                        : part.stream().filter(f -> scoped.sees(f.merchant(), f.spuCode())).toList());
            });
            writer.commit();
        }
        return new Checked(channel, scoped.whole() ? products.size() : scoped.batch().products(), applied);
    }
}
