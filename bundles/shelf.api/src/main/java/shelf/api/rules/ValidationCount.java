package shelf.api.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * What one validation of a batch found, counted rather than listed: what `validate` shows of a batch of any
 * size (its findings are in the {@link FindingStore}).
 *
 * @param batchId the batch
 * @param channel the channel validated for, or empty
 * @param products how many products were checked
 * @param packs the packs that applied to at least one product, as "id@version", in id order
 * @param codes per finding code, in code order: the severity of its first finding and how many there are
 * @param errors how many findings are errors
 * @param warnings how many are warnings
 * @param infos how many are info
 */
public record ValidationCount(long batchId, String channel, int products, List<String> packs,
        Map<String, CodeCount> codes, long errors, long warnings, long infos) {

    /** The findings of one code: the severity of the first, and how many. */
    public record CodeCount(Severity severity, long findings) {
    }

    public ValidationCount {
        channel = channel == null ? "" : channel;
        packs = List.copyOf(packs);
        codes = java.util.Collections.unmodifiableMap(new TreeMap<>(codes));
    }

    /** The counts of a run whose findings are all at hand. */
    public static ValidationCount of(ValidationRun run) {
        Tally tally = new Tally();
        tally.add(run.findings());
        return tally.count(run.batchId(), run.channel(), run.products(), run.packs());
    }

    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    /** The same line as {@link ValidationRun#summary()}. */
    public String summary() {
        return ValidationRun.summary(channel, products, packs, count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO));
    }

    /** Counts findings as they come. Not thread-safe. */
    public static final class Tally {
        private final Map<String, CodeCount> codes = new TreeMap<>();
        private final long[] bySeverity = new long[Severity.values().length];

        public void add(List<Finding> findings) {
            for (Finding f : findings) {
                bySeverity[f.severity().ordinal()]++;
                codes.merge(f.code(), new CodeCount(f.severity(), 1),
                        (a, b) -> new CodeCount(a.severity(), a.findings() + 1));
            }
        }

        public ValidationCount count(long batchId, String channel, int products, List<String> packs) {
            return new ValidationCount(batchId, channel, products, packs, codes, bySeverity[Severity.ERROR.ordinal()],
                    bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
        }
    }
}
