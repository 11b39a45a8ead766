package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePack;
import shelf.api.finding.Severity;
import shelf.rules.engine.spi.CompiledPack;

/** A pack read from a JSON file: its scope and its rules, immutable and so safe for every thread. */
public final class DeclarativeRulePack implements CompiledPack {
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

    /** Whether a rule of this pack checks SKU codes or barcodes for uniqueness (see UniqueRule). */
    boolean checksSkuCodes() {
        return rules.stream().anyMatch(r -> r instanceof UniqueRule u && u.indexed());
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

    /**
     * Runs every rule on the product, each within its time budget: a rule stopped for overrunning it (here
     * or on another product of this run) gives the error finding rule.timeout instead of its own findings,
     * and the other rules' findings stand.
     */
    @Override
    public List<Finding> check(Product product, BatchContext batch) {
        ValidationBatch run = batch instanceof ValidationBatch v ? v : null;
        long budget = run == null ? RuleBudget.DEFAULT_MILLIS * 1_000_000 : run.budgetNanos();
        RuleBudget clock = RuleBudget.current();
        List<Finding> findings = new ArrayList<>(0);
        for (Rule rule : rules) {
            if (run != null && run.overran(rule)) {
                findings.add(timeout(rule.head(), product, budget));
                continue;
            }
            int before = findings.size();
            clock.start(budget);
            try {
                rule.check(product, batch, findings);
            } catch (RuleBudget.Overrun e) {
                findings.subList(before, findings.size()).clear();
                findings.add(timeout(rule.head(), product, budget));
                if (run != null) {
                    run.overrun(rule);
                }
            } finally {
                clock.stop();
            }
        }
        return findings;
    }

    private static Finding timeout(RuleHead head, Product product, long budgetNanos) {
        return new Finding("rule.timeout", Severity.ERROR, product.merchant(), product.spuCode(), "", head.field().path(),
                null, "规则 " + head.id() + " 检查一件商品超过了 " + budgetNanos / 1_000_000 + " 毫秒的时限，本次校验已停用该规则"
                        + "（规则包 " + head.pack() + "），请简化它", head.pack());
    }

    @Override
    public PackDescription describe(PackVersion version) {
        return new PackDescription(version, scope.categories(), scope.channels(), rules.stream()
                .map(Rule::head)
                .map(h -> new PackDescription.RuleDescription(h.id(), h.code(), h.check(), h.field().path(),
                        h.severity(), h.message(), h.parameters()))
                .toList());
    }

    @Override
    public java.util.Set<String> requiredEverywhere() {
        if (!scope.except().isEmpty() || !scope.channels().isEmpty()
                || !(scope.categories().isEmpty() || scope.categories().contains("**"))) {
            return java.util.Set.of();
        }
        return rules.stream()
                .filter(r -> !(r instanceof ScopedRule))
                .map(Rule::head)
                .filter(h -> h.check().equals("required") && h.severity() == Severity.ERROR)
                .map(h -> h.field().path())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public int ruleCount() {
        return rules.size();
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
