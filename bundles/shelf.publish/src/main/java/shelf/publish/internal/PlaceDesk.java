package shelf.publish.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ScopedBatch;
import shelf.api.publish.ChannelPlace;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * Read-only views of the outbox by product: where products stand on the channels (the board's cards after
 * approval) and the jobs of a batch's products (the jobs by batch and by run). Each call checks the caller
 * against the command ACL and reads only jobs and listings in the caller's scope.
 */
final class PlaceDesk {
    private final JobRecords records;
    private final ProductJobs products;
    private final CatalogStore store;
    private final CommandAccess access;
    private final Function<Job, String> note;

    PlaceDesk(JobRecords records, CatalogStore store, CommandAccess access, Function<Job, String> note) {
        this.records = records;
        this.products = new ProductJobs(records);
        this.store = store;
        this.access = access;
        this.note = note;
    }

    List<ChannelPlace> places(Subject by, Collection<String> asked) throws PublishException {
        // the board shows them: whoever may see the board or the jobs may see where its cards stand
        PublishAudit.requireAny(access, by, "publish:jobs", "review:board");
        return Guard.of(() -> products.places(asked, JobScope.of(by)));
    }

    List<Job> jobs(Subject by, JobQuery query, long batchId) throws PublishException {
        access.check(by, "publish:jobs");
        JobScope scope = JobScope.of(by);
        if (batchId == 0) {
            return Guard.of(() -> records.jobs(query, scope, note));
        }
        Set<String> batch = batch(by, batchId);
        return Guard.of(() -> products.jobs(batch, query, scope, note));
    }

    JobCounts counts(Subject by, JobQuery query, long batchId) throws PublishException {
        PublishAudit.requireAny(access, by, "publish:jobs", "publish:publish", "publish:sync");
        JobScope scope = JobScope.of(by);
        if (batchId == 0) {
            return Guard.of(() -> records.countsByChannel(query.run(), scope)
                    .getOrDefault(query.channel(), new JobCounts(0, 0, 0, 0, 0)));
        }
        Set<String> batch = batch(by, batchId);
        return Guard.of(() -> products.counts(batch, query, scope));
    }

    /** The batch's products in the caller's scope ("MERCHANT/SPU"); a batch outside it is refused. */
    private Set<String> batch(Subject by, long batchId) throws PublishException {
        ScopedBatch scoped;
        try {
            scoped = Guard.of(() -> store.inScope(by, batchId));
        } catch (IllegalArgumentException noSuchBatch) {
            throw new PublishException(noSuchBatch.getMessage());
        }
        return Guard.of(() -> {
            if (!scoped.whole()) {
                return scoped.products();
            }
            // the whole batch is in scope: its products' names, read without their documents
            BatchProducts all = store.batchProducts(batchId);
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                keys.add(ScopedBatch.key(all.merchant(i), all.spuCode(i)));
            }
            return keys;
        });
    }
}
