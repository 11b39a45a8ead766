package shelf.shell.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.SourceCell;
import shelf.api.rules.Finding;
import shelf.api.rules.Severity;

class ValidateCommandTest {

    private static Finding finding(Severity severity) {
        return new Finding("c", severity, "m", "SPU-1", "", "title", null, "x", "base@1.0.0");
    }

    @Test
    void summaryCountsBySeverity() {
        assertEquals("2 errors, 1 warning, 0 info in 3 products (packs apparel@1.2.0, base@1.0.0)",
                ValidateCommand.summary(List.of(finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.ERROR)),
                        3, "apparel@1.2.0, base@1.0.0"));
        assertEquals("0 errors, 0 warnings, 1 info in 1 product (pack base@1.0.0)",
                ValidateCommand.summary(List.of(finding(Severity.INFO)), 1, "base@1.0.0"));
    }

    @Test
    void cellIsRowAndColumn() {
        assertEquals("row 7, column P", ValidateCommand.cell(new SourceCell("a.xlsx", "商品", 7, 16)));
        assertEquals("row 7", ValidateCommand.cell(new SourceCell("a.csv", "", 7, 0)));
        assertEquals("", ValidateCommand.cell(null));
    }

    @Test
    void packSourceIsThePropertyOrBundle() {
        RulePacks packs = new RulePacks();
        var base = new TestPack("base", "1.0.0");
        var apparel = new TestPack("apparel", "1.2.0");
        packs.add(base, Map.of("shelf.rules", "base"));
        packs.add(apparel, Map.of("shelf.rules", "apparel", RulePacks.SOURCE_PROPERTY, "deploy"));
        assertEquals(List.of("apparel@1.2.0 deploy", "base@1.0.0 bundle"),
                packs.entries().stream().map(e -> e.name() + " " + e.source()).toList());
        packs.remove(apparel);
        assertEquals(1, packs.entries().size());
    }

    private record TestPack(String id, String version) implements shelf.api.rules.RulePack {
        @Override
        public boolean appliesTo(shelf.api.catalog.Product product, String channel) {
            return true;
        }

        @Override
        public List<Finding> check(shelf.api.catalog.Product product, shelf.api.rules.BatchContext batch) {
            return List.of();
        }
    }
}
