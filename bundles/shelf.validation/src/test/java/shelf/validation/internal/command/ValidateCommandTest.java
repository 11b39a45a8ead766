package shelf.validation.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.rules.ValidationCount;
import shelf.api.rules.ValidationRun;

class ValidateCommandTest {

    private static Finding finding(Severity severity) {
        return new Finding("c", severity, "m", "SPU-1", "", "title", null, "x", "base@1.0.0");
    }

    @Test
    void summaryCountsBySeverity() {
        assertEquals("2 errors, 1 warning, 0 info in 3 products (packs apparel@1.2.0, base@1.0.0)",
                new ValidationRun(1, "", 3, List.of("apparel@1.2.0", "base@1.0.0"),
                        List.of(finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.ERROR))).summary());
        assertEquals("0 errors, 0 warnings, 1 info in 1 product for weidian (pack base@1.0.0)",
                new ValidationRun(1, "weidian", 1, List.of("base@1.0.0"),
                        List.of(finding(Severity.INFO))).summary());
    }

    @Test
    void countsSayTheSameLineAsTheFindings() {
        ValidationRun run = new ValidationRun(1, "weidian", 3, List.of("apparel@1.2.0", "base@1.0.0"),
                List.of(finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.ERROR)));
        ValidationCount count = ValidationCount.of(run);
        assertEquals(run.summary(), count.summary());
        assertEquals(new ValidationCount.CodeCount(Severity.ERROR, 3), count.codes().get("c"));
    }

    @Test
    void cellIsRowAndColumn() {
        assertEquals("row 7, column P", FindingsCommand.cell(new SourceCell("a.xlsx", "商品", 7, 16)));
        assertEquals("row 7", FindingsCommand.cell(new SourceCell("a.csv", "", 7, 0)));
        assertEquals("", FindingsCommand.cell(null));
    }
}
