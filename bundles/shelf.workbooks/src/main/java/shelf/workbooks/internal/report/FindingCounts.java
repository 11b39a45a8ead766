package shelf.workbooks.internal.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** What the summary counts, taken in the first pass over the findings: all, refused rows, by severity, by code. */
final class FindingCounts {
    record Key(String code, Severity severity) {}

    int total;
    int refused;
    final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    /** in the order each code and severity first came, which the summary's sort keeps among equal counts */
    final Map<Key, Integer> byCode = new LinkedHashMap<>();

    void add(Finding f) {
        total++;
        if (f.code().equals(ImportRowErrors.CODE)) {
            refused++;
        }
        bySeverity.merge(f.severity(), 1, Integer::sum);
        byCode.merge(new Key(f.code(), f.severity()), 1, Integer::sum);
    }
}
