package shelf.publish.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredProduct;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishReport;
import shelf.api.publish.PublishRequest;
import shelf.api.finding.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;

/**
 * Turns a publish request into jobs: finds the products, validates them for each channel and leaves out
 * those with errors there, skips products that already wait in a channel's queue, and queues the rest a thousand
 * per commit. A batch larger than one part goes to {@link BatchPlanner}, which holds none of its products.
 */
final class PublishPlanner {
    /** The marketplaces Shelf knows, so a job may wait for an adapter that is not installed yet; a typo may not. */
    static final List<String> KNOWN_CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");

    private final CatalogStore store;
    private final RuleEngine rules;
    private final JobRecords records;
    private final ApprovalCheck approval;

    /** Why products of one merchant may not be published yet, by SPU code; those that may are left out. */
    @FunctionalInterface
    interface ApprovalCheck {
        Map<String, String> unapproved(String merchant, Collection<String> spuCodes) throws PublishException;
    }

    PublishPlanner(CatalogStore store, RuleEngine rules, JobRecords records, ApprovalCheck approval) {
        this.store = store;
        this.rules = rules;
        this.records = records;
        this.approval = approval;
    }

    /** Plans the request as the caller, who must see every product it names (see {@link ScopedProducts}). */
    PublishReport plan(Subject by, PublishRequest request, List<String> installed, Set<String> withJobs)
            throws PublishException {
        List<String> channels = channels(request.channels(), installed, withJobs);
        try {
            shelf.api.catalog.BatchProducts large = ScopedProducts.largeBatch(store, by, request, BatchPlanner.PART);
            if (large != null) {
                return new BatchPlanner(rules, records, approval).plan(records.nextRun(), large, channels,
                        channels.stream().filter(c -> !installed.contains(c)).toList(), by.name());
            }
            List<StoredProduct> products = ScopedProducts.of(store, by, request);
            long run = records.nextRun();
            List<NewJob> jobs = new ArrayList<>();
            List<PublishReport.Blocked> blocked = new ArrayList<>();
            Map<String, String> unapproved = unapproved(products);
            int alreadyQueued = 0;
            for (String channel : channels) {
                Map<String, List<Finding>> errors = errors(rules.validate(products, channel));
                Set<String> waiting = records.waiting(channel);
                for (StoredProduct stored : products) {
                    String key = ClaimedJob.key(stored.product().merchant(), stored.product().spuCode());
                    List<Finding> found = errors.get(key);
                    if (found != null) {
                        Finding first = found.get(0);
                        blocked.add(new PublishReport.Blocked(channel, stored.product().merchant(),
                                stored.product().spuCode(), found.size(), first.code() + " " + first.message()));
                    } else if (unapproved.containsKey(key)) {
                        blocked.add(new PublishReport.Blocked(channel, stored.product().merchant(),
                                stored.product().spuCode(), 0, unapproved.get(key)));
                    } else if (waiting.contains(key)) {
                        alreadyQueued++;
                    } else {
                        jobs.add(NewJob.publish(channel, stored.product().merchant(), stored.product().spuCode()));
                    }
                }
            }
            records.insert(run, jobs, by.name());
            List<String> absent = channels.stream().filter(c -> !installed.contains(c)).toList();
            return new PublishReport(run, channels, products.size(), jobs.size(), alreadyQueued, blocked, absent);
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }

    /** Why products may not be published yet, by product key. */
    private Map<String, String> unapproved(List<StoredProduct> products) throws PublishException {
        Map<String, List<String>> byMerchant = new LinkedHashMap<>();
        for (StoredProduct stored : products) {
            byMerchant.computeIfAbsent(stored.product().merchant(), m -> new ArrayList<>()).add(stored.product().spuCode());
        }
        Map<String, String> unapproved = new HashMap<>();
        for (Map.Entry<String, List<String>> merchant : byMerchant.entrySet()) {
            approval.unapproved(merchant.getKey(), merchant.getValue())
                    .forEach((spu, why) -> unapproved.put(ClaimedJob.key(merchant.getKey(), spu), why));
        }
        return unapproved;
    }

    private static List<String> channels(List<String> asked, List<String> installed, Set<String> withJobs)
            throws PublishException {
        if (asked.isEmpty()) {
            if (installed.isEmpty()) {
                throw new PublishException("no channel adapter is installed, so --all-channels means none: install one "
                        + "(feature:install channel-weidian) or name channels with --channel");
            }
            return installed;
        }
        List<String> channels = new ArrayList<>();
        for (String channel : new LinkedHashSet<>(asked)) {
            if (!installed.contains(channel) && !KNOWN_CHANNELS.contains(channel) && !withJobs.contains(channel)) {
                throw new PublishException("no channel '" + channel + "' — installed: "
                        + (installed.isEmpty() ? "none" : String.join(", ", installed)) + "; known: "
                        + String.join(", ", KNOWN_CHANNELS));
            }
            channels.add(channel);
        }
        return channels;
    }

    /** Error findings by product key. */
    private static Map<String, List<Finding>> errors(List<Finding> findings) {
        Map<String, List<Finding>> errors = new HashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                errors.computeIfAbsent(ClaimedJob.key(f.merchant(), f.spuCode()), k -> new ArrayList<>()).add(f);
            }
        }
        return errors;
    }
}
