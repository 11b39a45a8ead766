package shelf.api.rules;

import java.util.List;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

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

    /** "2 errors, 1 warning, 0 info in 3 products (packs base@1.0.0, apparel@1.2.0)": the audit's and the shell's line. */
    public String summary() {
        return summary(channel, products, packs, count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
    }

    static String summary(String channel, int products, List<String> packs, long errors, long warnings, long infos) {
        String packNames = String.join(", ", packs);
        return count(errors, "error") + ", " + count(warnings, "warning") + ", "
                + infos + " info in " + products + (products == 1 ? " product" : " products")
                + (channel.isEmpty() ? "" : " for " + channel)
                + (packNames.isEmpty() ? " (no rule packs)" : " (" + (packs.size() > 1 ? "packs " : "pack ") + packNames + ")");
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
