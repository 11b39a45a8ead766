package shelf.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.rules.BatchContext;
import shelf.api.rules.Finding;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePack;

/** A pack read from a JSON file: its scope and its rules, immutable and so safe for every thread. */
public final class DeclarativeRulePack implements RulePack {
    private final String id;
    private final String version;
    private final CategoryScope scope;
    private final List<Rule> rules;

    DeclarativeRulePack(String id, String version, CategoryScope scope, List<Rule> rules) {
        this.id = id;
        this.version = version;
        this.scope = scope;
        this.rules = List.copyOf(rules);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean appliesTo(Product product, String channel) {
        return scope.includes(product, channel == null ? "" : channel);
    }

    @Override
    public List<Finding> check(Product product, BatchContext batch) {
        List<Finding> findings = new ArrayList<>(0);
        for (Rule rule : rules) {
            rule.check(product, batch, findings);
        }
        return findings;
    }

    /** What the pack applies to and its rules as written, for rules:show. */
    PackDescription describe(PackVersion version) {
        return new PackDescription(version, scope.categories(), scope.channels(), rules.stream()
                .map(Rule::head)
                .map(h -> new PackDescription.RuleDescription(h.id(), h.code(), h.check(), h.field().path(),
                        h.severity(), h.message()))
                .toList());
    }

    /** How many rules the pack has, for rules:list. */
    public int ruleCount() {
        return rules.size();
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
