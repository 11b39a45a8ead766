package shelf.api.rules;

import java.util.List;
import shelf.api.finding.Severity;

/**
 * A pack's active version, what it applies to and its rules, for rules:show.
 *
 * @param version the active version
 * @param categories category globs it applies to (empty: every category)
 * @param channels channels it is limited to (empty: every channel)
 * @param rules its rules in file order (empty for a pack written in Java)
 */
public record PackDescription(PackVersion version, List<String> categories, List<String> channels,
        List<RuleDescription> rules) {

    public PackDescription {
        categories = List.copyOf(categories);
        channels = List.copyOf(channels);
        rules = List.copyOf(rules);
    }

    /**
     * One rule as written in the pack.
     *
     * @param id the rule's id
     * @param code the finding code it raises
     * @param check the check ("required", "maxLength" …)
     * @param field the field it checks
     * @param severity the severity of its findings
     * @param message its message
     * @param parameters the check's parameters as written ("max=60, unit=gbk"), empty when it takes none
     */
    public record RuleDescription(String id, String code, String check, String field, Severity severity, String message,
            String parameters) {

        /** A rule whose parameters are not known. */
        public RuleDescription(String id, String code, String check, String field, Severity severity, String message) {
            this(id, code, check, field, severity, message, "");
        }
    }
}
