package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * A generated 10,000-row workbook with seeded defects, imported and validated by the real distribution
 * with the packs a fresh instance has: the findings per code equal the defects seeded, and every finding
 * is one that was seeded — none where there is no defect.
 */
class SeededDefectsIT extends RunningShelf {
    private static final int ROWS = 10_000;

    @Test
    void findingsEqualTheSeededDefects() throws Exception {
        SeededDefects defects = SeededDefects.generate(desk, ROWS);
        String imported = shelf.ok("import seeded.xlsx --merchant 青禾旗舰店");
        assertTrue(imported.contains("rows " + ROWS) || imported.contains(String.valueOf(ROWS)), imported);

        ShelfCommand.Result validated = shelf.run("-c", "validate 1");
        assertEquals(1, validated.status(), validated.toString());

        String findings = shelf.ok("findings 1");
        List<SeededDefects.Seeded> found = findings.lines()
                .map(ImportIT::columns)
                .filter(columns -> columns.size() >= 5 && List.of("error", "warning", "info").contains(columns.get(0)))
                .map(columns -> new SeededDefects.Seeded(columns.get(1), columns.get(2),
                        columns.get(3).startsWith("SPU") ? columns.get(3) : ""))
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        found.forEach(f -> counts.merge(f.code(), 1, Integer::sum));

        assertEquals(defects.expectedCounts(), counts, "findings per code");
        assertEquals(new java.util.HashSet<>(defects.seeded), new java.util.HashSet<>(found),
                "each finding is at a seeded defect");
        assertTrue(defects.expectedCounts().keySet().containsAll(List.of("field.required", "title.banned-word",
                "title.too-long", "price.promo-above-sale", "price.cost-above-sale", "sku.duplicate-code",
                "barcode.bad-check-digit", "image.missing", "image.too-small", "image.not-square", "video.too-long")));
    }
}
