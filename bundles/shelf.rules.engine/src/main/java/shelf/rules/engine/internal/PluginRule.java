package shelf.rules.engine.internal;

import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.rules.BatchContext;
import shelf.api.rules.CheckedRule;
import shelf.api.rules.ProductCheck;
import shelf.api.rules.RuleCheck;
import shelf.api.rules.RuleFindings;

/**
 * A rule whose check another bundle adds (a {@link RuleCheck} service). The service is looked up at each
 * check, so a replaced bundle serves from its next product on (its check prepared again for the new service),
 * and a removed one makes the rule report that it could not run rather than pass products silently. Its time
 * counts against the rule's budget like a built-in check's: long work may ask {@link RuleFindings#spend()},
 * and a check that returns after its time is over is stopped for the rest of the validation.
 */
final class PluginRule implements Rule {
    private final RuleHead head;
    private final CheckedRule rule;
    private final PluginChecks checks;
    private volatile Prepared prepared;

    private record Prepared(RuleCheck service, ProductCheck check) {
    }

    /** Prepares the rule with the check installed now; the check's IllegalArgumentException refuses the pack. */
    PluginRule(RuleHead head, Map<String, Object> parameters, RuleCheck service, PluginChecks checks) {
        this.head = head;
        this.rule = new Checked(head, parameters);
        this.checks = checks;
        this.prepared = new Prepared(service, prepare(service));
    }

    @Override
    public RuleHead head() {
        return head;
    }

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        RuleCheck service = checks.find(head.check());
        if (service == null) {
            out.add(error(product, "rule.check-missing", "规则 " + head.id() + " 的检查 " + head.check()
                    + " 所在的插件未安装，本商品未按此规则检查（规则包 " + head.pack() + "）：请安装提供该检查的插件"));
            return;
        }
        ProductCheck check;
        try {
            check = current(service);
        } catch (RuntimeException e) {
            out.add(error(product, "rule.failed", "规则 " + head.id() + " 的检查 " + head.check() + " 无法读取本规则的参数："
                    + e.getMessage() + "（规则包 " + head.pack() + "）"));
            return;
        }
        RuleBudget clock = RuleBudget.current();
        clock.spend(); // the clock starts here, and the second look below judges a check that never asked
        try {
            check.check(product, batch, new Findings(product, batch, out));
        } catch (RuleBudget.Overrun e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            out.add(error(product, "rule.failed", "规则 " + head.id() + " 的检查 " + head.check() + " 检查本商品时出错："
                    + e + "（规则包 " + head.pack() + "）"));
        }
        clock.spend();
    }

    private ProductCheck current(RuleCheck service) {
        Prepared now = prepared;
        if (now.service() != service) {
            now = new Prepared(service, prepare(service));
            prepared = now;
        }
        return now.check();
    }

    private ProductCheck prepare(RuleCheck service) {
        ProductCheck check = service.prepare(rule);
        if (check == null) {
            throw new IllegalArgumentException("check '" + head.check() + "' gave no check for this rule");
        }
        return check;
    }

    private Finding error(Product product, String code, String message) {
        return new Finding(code, Severity.ERROR, product.merchant(), product.spuCode(), "", head.field().path(), null,
                message, head.pack());
    }

    /** What the check sees of its rule. */
    private record Checked(RuleHead head, Map<String, Object> parameters) implements CheckedRule {
        @Override
        public String pack() {
            return head.pack();
        }

        @Override
        public String id() {
            return head.id();
        }

        @Override
        public String code() {
            return head.code();
        }

        @Override
        public Severity severity() {
            return head.severity();
        }

        @Override
        public String field() {
            return head.field().path();
        }

        @Override
        public boolean perSku() {
            return head.field().perSku();
        }

        @Override
        public Object value(Product product) {
            return perSku() ? null : head.field().value(product);
        }

        @Override
        public Object value(Sku sku) {
            return perSku() ? head.field().value(sku) : null;
        }
    }

    /** Findings of one product, made as every rule makes them. */
    private final class Findings implements RuleFindings {
        private final Product product;
        private final BatchContext batch;
        private final List<Finding> out;

        Findings(Product product, BatchContext batch, List<Finding> out) {
            this.product = product;
            this.batch = batch;
            this.out = out;
        }

        @Override
        public void add(Sku sku, Object value, String detail) {
            out.add(head.finding(product, sku, batch, value, detail));
        }

        @Override
        public void add(String field, Sku sku, Object value, String detail) {
            FieldPath path = field == null ? null : FieldPath.parse(field);
            if (path == null) {
                throw new IllegalArgumentException("unknown field '" + field + "'");
            }
            out.add(head.finding(path, product, sku, batch, value, detail));
        }

        @Override
        public void spend() {
            RuleBudget.current().spend();
        }
    }
}
