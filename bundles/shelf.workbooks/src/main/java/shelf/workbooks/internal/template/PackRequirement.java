package shelf.workbooks.internal.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import shelf.api.finding.Severity;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePackLibrary;

/**
 * A field one category's or one channel's pack requires besides what every product needs — 服饰鞋包's colour and
 * size, say — for the 说明 sheet, in the pack's own words.
 *
 * @param appliesTo "类目 服饰鞋包/**" or "渠道 douyin"
 * @param column the template column it is written in ("规格：颜色" for a spec)
 * @param message the rule's message
 */
record PackRequirement(String appliesTo, String column, String message) {

    /** The "required" rules of severity error of the active packs that do not apply to every product. */
    static List<PackRequirement> of(RulePackLibrary library, List<TemplateColumn> columns, Set<String> everywhere) {
        List<PackRequirement> found = new ArrayList<>();
        for (PackVersion version : library.versions()) {
            if (!version.active()) {
                continue;
            }
            PackDescription pack = library.describe(version.id()).orElse(null);
            if (pack == null || pack.categories().isEmpty() && pack.channels().isEmpty() || pack.categories().equals(List.of("**"))
                    && pack.channels().isEmpty()) {
                continue;
            }
            String appliesTo = pack.channels().isEmpty() ? "类目 " + String.join("、", pack.categories())
                    : "渠道 " + String.join("、", pack.channels());
            for (PackDescription.RuleDescription rule : pack.rules()) {
                if (rule.check().equals("required") && rule.severity() == Severity.ERROR && !everywhere.contains(rule.field())) {
                    found.add(new PackRequirement(appliesTo, column(rule.field(), columns), rule.message()));
                }
            }
        }
        return found;
    }

    private static String column(String field, List<TemplateColumn> columns) {
        if (field.startsWith("skus.specs.")) {
            return "规格：" + field.substring("skus.specs.".length());
        }
        return columns.stream().filter(c -> c.field().equals(field)).map(TemplateColumn::header).findFirst()
                .orElse(field.startsWith("attributes.") ? field.substring("attributes.".length()) : field);
    }
}
