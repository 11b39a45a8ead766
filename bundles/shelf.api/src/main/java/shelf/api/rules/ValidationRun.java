package shelf.api.rules;

import java.util.List;

/**
 * What one validation of a batch found.
 *
 * @param batchId the batch
 * @param channel the channel validated for, or empty
 * @param products how many products were checked
 * @param packs the packs that applied to at least one product, as "id@version", in id order
 * @param findings every finding, in the engine's order
 */
public record ValidationRun(long batchId, String channel, int products, List<String> packs, List<Finding> findings) {

    public ValidationRun {
        channel = channel == null ? "" : channel;
        packs = List.copyOf(packs);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
