package shelf.publish.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.rules.CompletedProducts;
import shelf.api.rules.RuleEngine;

/**
 * A publish of a batch larger than one part, in bounded memory: no product is read here. For each channel the rule
 * engine reads and checks the batch a part at a time (every rule still sees the whole batch) and hands on each
 * part's findings in merchant and SPU order, the order of the batch's positions; once a later product's findings
 * have come, the products before it are complete and are planned {@link #PART} at a time: their review states and
 * waiting jobs read for that part alone, its jobs queued before the next part is looked at. The channel's workers
 * read each product when they send its job. A publish cut short leaves the jobs it queued; run again, it skips the
 * products whose job still waits and queues the others (a product sent meanwhile is queued again and, unchanged,
 * costs no call).
 */
final class BatchPlanner {
    /** Products planned and queued together; a batch of at most this many is planned as a list, as before. */
    static final int PART = 5_000;
    /** Products left out that the report names one by one; the rest are counted. */
    static final int BLOCKED_NAMED = 1_000;

    private final RuleEngine rules;
    private final JobRecords records;
    private final PublishPlanner.ApprovalCheck approval;

    BatchPlanner(RuleEngine rules, JobRecords records, PublishPlanner.ApprovalCheck approval) {
        this.rules = rules;
        this.records = records;
        this.approval = approval;
    }

    /** What the channels' parts queued and left out. */
    private static final class Tally {
        int queued;
        int alreadyQueued;
        int leftOut;
        final List<PublishReport.Blocked> blocked = new ArrayList<>();

        void blocked(PublishReport.Blocked b) {
            leftOut++;
            if (blocked.size() < BLOCKED_NAMED) {
                blocked.add(b);
            }
        }
    }

    PublishReport plan(long run, BatchProducts batch, List<String> channels, List<String> absent, String requestedBy)
            throws PublishException, CatalogException {
        Tally tally = new Tally();
        for (String channel : channels) {
            plan(run, batch, channel, requestedBy, tally);
        }
        return new PublishReport(run, channels, batch.size(), tally.queued, tally.alreadyQueued, tally.blocked, absent,
                tally.leftOut);
    }

    private void plan(long run, BatchProducts batch, String channel, String requestedBy, Tally tally)
            throws PublishException, CatalogException {
        Map<String, List<Finding>> errors = new HashMap<>();
        CompletedProducts completed = new CompletedProducts(batch);
        try {
            rules.stream(batch, channel, done -> { }, findings -> {
                for (Finding f : findings) {
                    if (f.severity() == Severity.ERROR) {
                        errors.computeIfAbsent(ClaimedJob.key(f.merchant(), f.spuCode()), k -> new ArrayList<>(1)).add(f);
                    }
                }
                int from = completed.end();
                queue(run, batch, channel, from, completed.advance(findings), errors, requestedBy, tally);
            });
            queue(run, batch, channel, completed.end(), batch.size(), errors, requestedBy, tally);
        } catch (CatalogException e) {
            if (e.getCause() instanceof PublishException failed) {
                throw failed;
            }
            throw e;
        }
    }

    /** Plans and queues the products at positions {@code from} to {@code to}, whose findings are all in, a part at a time. */
    private void queue(long run, BatchProducts batch, String channel, int from, int to, Map<String, List<Finding>> errors,
            String requestedBy, Tally tally) throws CatalogException {
        for (int at = from; at < to; at += PART) {
            int end = Math.min(to, at + PART);
            Map<String, List<String>> byMerchant = new LinkedHashMap<>();
            for (int i = at; i < end; i++) {
                byMerchant.computeIfAbsent(batch.merchant(i), m -> new ArrayList<>()).add(batch.spuCode(i));
            }
            List<NewJob> jobs = new ArrayList<>();
            for (Map.Entry<String, List<String>> merchant : byMerchant.entrySet()) {
                String m = merchant.getKey();
                Map<String, String> unapproved;
                try {
                    unapproved = approval.unapproved(m, merchant.getValue());
                } catch (PublishException e) {
                    throw new CatalogException(e.getMessage(), e);
                }
                Set<String> waiting = records.waiting(channel, m, merchant.getValue());
                for (String spu : merchant.getValue()) {
                    String key = ClaimedJob.key(m, spu);
                    List<Finding> found = errors.remove(key);
                    if (found != null) {
                        Finding first = found.get(0);
                        tally.blocked(new PublishReport.Blocked(channel, m, spu, found.size(),
                                first.code() + " " + first.message()));
                    } else if (unapproved.containsKey(spu)) {
                        tally.blocked(new PublishReport.Blocked(channel, m, spu, 0, unapproved.get(spu)));
                    } else if (waiting.contains(key)) {
                        tally.alreadyQueued++;
                    } else {
                        jobs.add(NewJob.publish(channel, m, spu));
                    }
                }
            }
            records.insert(run, jobs, requestedBy);
            tally.queued += jobs.size();
        }
    }
}
