package shelf.workbooks.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.finding.Finding;

/**
 * The findings of the cells that get a note, gathered as the findings pass: on each cell, the cell's own
 * findings in their order, then those of the products placed on it, product by product in the order they
 * were placed — the order the note lists them in.
 */
final class NoteFindings {
    private final FindingPlacement placement;
    private final RowsSheet rows;
    private final Map<Long, List<Finding>> own = new HashMap<>();
    private final Map<Long, Map<String, List<Finding>>> ofProducts = new HashMap<>();

    NoteFindings(FindingPlacement placement, RowsSheet rows) {
        this.placement = placement;
        this.rows = rows;
    }

    void add(Finding finding) {
        long cell = placement.cellOf(finding);
        if (cell < 0 || !rows.noted(cell)) {
            return;
        }
        if (placement.productLevel(finding)) {
            ofProducts.computeIfAbsent(cell, c -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.spuCode(), spu -> new ArrayList<>()).add(finding);
        } else {
            own.computeIfAbsent(cell, c -> new ArrayList<>()).add(finding);
        }
    }

    Map<Long, List<Finding>> byCell() {
        Map<Long, List<Finding>> all = new HashMap<>(own);
        ofProducts.forEach((cell, bySpu) -> {
            List<Finding> list = new ArrayList<>(all.getOrDefault(cell, List.of()));
            bySpu.entrySet().stream().sorted(Comparator.comparingInt(e -> placement.placedOrder(e.getKey())))
                    .forEach(e -> list.addAll(e.getValue()));
            all.put(cell, list);
        });
        return all;
    }
}
