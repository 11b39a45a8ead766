package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.rules.CheckedRule;
import shelf.api.rules.ProductCheck;
import shelf.api.rules.RuleCheck;
import shelf.rules.engine.spi.RulePackFormatException;

/**
 * Issue 15: a bundle adds a kind of rule check (a RuleCheck service); a pack's rule naming it is run by it, with
 * the rule's parameters, its findings made like every rule's, within the rule's time budget.
 */
class PluginChecksTest {
    private static final String PACK = "{\"id\":\"gs1\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"cn-barcode\","
            + "\"code\":\"barcode.not-chinese\",\"field\":\"skus.barcode\",\"check\":\"gtin-prefix\",\"prefixes\":[\"690\","
            + "\"691\",\"692\",\"693\"],\"severity\":\"warning\",\"message\":\"条形码{value}不是中国商品编码（{detail}）\"}]}";

    /** The kinds installed: a test's own map, as the whiteboard keeps them. */
    private final Map<String, RuleCheck> installed = new HashMap<>();
    private final PluginChecks plugins = new PluginChecks() {
        @Override
        public RuleCheck find(String kind) {
            return installed.get(kind);
        }

        @Override
        public Set<String> kinds() {
            return installed.keySet();
        }
    };

    /** The example check: a SKU's barcode must begin with one of the rule's "prefixes". */
    private static final RuleCheck GTIN_PREFIX = (CheckedRule rule) -> {
        if (!(rule.parameters().get("prefixes") instanceof List<?> prefixes) || prefixes.isEmpty()) {
            throw new IllegalArgumentException("\"prefixes\" must be a non-empty list of digits");
        }
        return (product, batch, findings) -> {
            for (Sku sku : product.skus()) {
                Object barcode = rule.value(sku);
                if (barcode != null && prefixes.stream().noneMatch(p -> barcode.toString().startsWith(p.toString()))) {
                    findings.add(sku, barcode, "前缀" + barcode.toString().substring(0, 3));
                }
            }
        };
    };

    private List<Finding> validate(DeclarativeRulePack pack, long budgetMillis, Product... products) {
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(pack);
        engine.budgetNanos = budgetMillis * 1_000_000;
        return engine.validate(List.of(products).stream().map(p -> new StoredProduct(p, 1, Map.of("skus[" + p.skus().get(0)
                .skuCode() + "].barcode", new SourceCell("商品.xlsx", "商品", 7, 14)), 1, null)).toList(), "", done -> { });
    }

    private static Product withBarcode(String spu, String barcode) {
        return RuleProducts.product(spu, "纯棉短袖T恤", List.of(RuleProducts.sku(spu + "-1", barcode, "20", "59", "49")));
    }

    @Test
    void aRuleOfAnAddedKindIsRunByItsBundleWithTheRulesParameters() throws Exception {
        installed.put("gtin-prefix", GTIN_PREFIX);
        DeclarativeRulePack pack = RulePackReader.read("gs1.rules.json", PACK, plugins);

        List<Finding> findings = validate(pack, 1000, withBarcode("P1", "6901234567892"), withBarcode("P2", "4006381333931"));

        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(List.of("barcode.not-chinese", "WARNING", "P2", "P2-1", "skus[P2-1].barcode", "gs1@1.0.0"),
                List.of(finding.code(), finding.severity().name(), finding.spuCode(), finding.skuCode(), finding.field(),
                        finding.pack()));
        assertEquals("条形码4006381333931不是中国商品编码（前缀400）", finding.message());
        assertEquals(new SourceCell("商品.xlsx", "商品", 7, 14), finding.source());
    }

    @Test
    void aKindNoInstalledBundleProvidesRefusesThePackNamingPackRuleAndKind() {
        RulePackFormatException e = assertThrows(RulePackFormatException.class,
                () -> RulePackReader.read("gs1.rules.json", PACK, plugins));

        assertTrue(e.getMessage().startsWith("gs1.rules.json, line 1, column 40 (rule cn-barcode): unknown check "
                + "'gtin-prefix' — use one of [barcode, expression,"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or install the bundle that adds the check 'gtin-prefix' first; rule pack gs1 1.0.0 "
                + "is not deployed"), e.getMessage());
        assertEquals("gtin-prefix", e.missingCheck());
    }

    @Test
    void theCheckRefusesBadParametersWhenThePackIsRead() {
        installed.put("gtin-prefix", GTIN_PREFIX);
        RulePackFormatException e = assertThrows(RulePackFormatException.class,
                () -> RulePackReader.read("gs1.rules.json", PACK.replace("[\"690\",\"691\",\"692\",\"693\"]", "[]"), plugins));

        assertEquals("gs1.rules.json, line 1, column 40 (rule cn-barcode): \"prefixes\" must be a non-empty list of digits",
                e.getMessage());
    }

    @Test
    void parametersArriveAsPlainJavaValues() throws Exception {
        Map<String, Object> seen = new HashMap<>();
        installed.put("gtin-prefix", rule -> {
            seen.putAll(rule.parameters());
            return (product, batch, findings) -> { };
        });
        RulePackReader.read("gs1.rules.json", PACK.replace("\"prefixes\"", "\"max\":12.50,\"strict\":true,\"prefixes\""), plugins);

        assertEquals(Map.of("max", new BigDecimal("12.50"), "strict", true, "prefixes", List.of("690", "691", "692", "693")), seen);
    }

    @Test
    void aCheckOverItsTimeBecomesRuleTimeoutAndAThrowingOneRuleFailed() throws Exception {
        installed.put("gtin-prefix", rule -> (product, batch, findings) -> {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + 80_000_000;
            while (threads.getCurrentThreadCpuTime() < end) {
                Math.sqrt(end); // 80 ms of CPU, as a runaway check spends it, however loaded the machine
            }
        });
        DeclarativeRulePack slow = RulePackReader.read("gs1.rules.json", PACK, plugins);
        List<Finding> findings = validate(slow, 20, withBarcode("P1", "6901234567892"));
        assertEquals(List.of("rule.timeout"), findings.stream().map(Finding::code).toList());

        installed.put("gtin-prefix", rule -> (product, batch, findings2) -> {
            throw new IllegalStateException("no network");
        });
        findings = validate(RulePackReader.read("gs1.rules.json", PACK, plugins), 1000, withBarcode("P1", "6901234567892"));
        assertEquals(List.of("rule.failed"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("no network"), findings.get(0).message());
    }

    @Test
    void aRuleWhoseCheckWasUninstalledSaysSoAndAReplacedCheckServesAtOnce() throws Exception {
        installed.put("gtin-prefix", GTIN_PREFIX);
        DeclarativeRulePack pack = RulePackReader.read("gs1.rules.json", PACK, plugins);

        installed.remove("gtin-prefix");
        List<Finding> findings = validate(pack, 1000, withBarcode("P2", "4006381333931"));
        assertEquals(List.of("rule.check-missing"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("gtin-prefix"), findings.get(0).message());

        ProductCheck everything = (product, batch, found) -> found.add("title", null, product.title(), "新版本");
        installed.put("gtin-prefix", rule -> everything);
        findings = validate(pack, 1000, withBarcode("P2", "4006381333931"));
        assertEquals(List.of("barcode.not-chinese title 条形码纯棉短袖T恤不是中国商品编码（新版本）"),
                findings.stream().map(f -> f.code() + " " + f.field() + " " + f.message()).toList());
    }
}
