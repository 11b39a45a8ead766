package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.rules.engine.internal.RulePackReaderTest.problem;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.finding.Finding;
import shelf.rules.engine.spi.RulePackFormatException;

/**
 * Issue 13: a category manager's pattern or expression cannot hang a validation. Patterns run in linear
 * time (RE2/J); what needs backtracking is refused when the pack is read; a check that still overruns its
 * time becomes the error finding rule.timeout, the run ends, and no thread is left working.
 */
class RuleChecksCannotHangTest {
    /** 34 a's and a b: java.util.regex tries about 34^20 ways to split it before saying no. */
    private static final String TITLE = "a".repeat(34) + "b";

    private static DeclarativeRulePack pack(String... rules) throws RulePackFormatException {
        return RulePackReader.read("apparel.rules.json", RulePackReaderTest.pack(String.join(",", rules)));
    }

    private static String rule(String id, String field, String check, String parameter) {
        return "{\"id\":\"" + id + "\",\"code\":\"c." + id + "\",\"field\":\"" + field + "\",\"check\":\"" + check + "\","
                + (parameter.isEmpty() ? "" : parameter + ",") + "\"severity\":\"error\",\"message\":\"" + id + " {detail}\"}";
    }

    private static List<Finding> validate(ParallelRuleEngine engine, Product... products) {
        return engine.validateProducts(List.of(products), "");
    }

    private static ParallelRuleEngine engine(DeclarativeRulePack pack, long budgetMillis) {
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(pack);
        engine.budgetNanos = budgetMillis * 1_000_000;
        return engine;
    }

    private static Product titled(String spu, String title) {
        return RuleProducts.product(spu, title, RuleProducts.good(spu).skus());
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.field() + " " + f.message()).toList();
    }

    @Test
    void theCatastrophicPatternAnswersAtOnce() throws Exception {
        ParallelRuleEngine engine = engine(pack(rule("title.pattern", "title", "pattern", "\"regex\":\"(.*a){20}\"")), 0);
        List<Finding> findings = org.junit.jupiter.api.Assertions.assertTimeout(Duration.ofSeconds(2),
                () -> validate(engine, titled("P1", TITLE), titled("P2", "a".repeat(35))));
        assertEquals(List.of("c.title.pattern title title.pattern 不符合格式"), messages(findings));
        assertEquals("P1", findings.get(0).spuCode());
    }

    @Test
    void theCatastrophicPatternInAnExpressionAnswersAtOnce() throws Exception {
        ParallelRuleEngine engine = engine(pack(rule("title.as", "title", "expression",
                "\"expression\":\"title =~ '(.*a){20}'\"")), 0);
        List<Finding> findings = org.junit.jupiter.api.Assertions.assertTimeout(Duration.ofSeconds(2),
                () -> validate(engine, titled("P1", TITLE), titled("P2", "a".repeat(35))));
        assertEquals(List.of("c.title.as title title.as title =~ '(.*a){20}'"), messages(findings));
    }

    @Test
    void patternsThatNeedBacktrackingAreRefusedWhenThePackIsRead() {
        String at = "apparel.rules.json, line 1, column 83 (rule title.pattern): pattern '";
        assertEquals(at + "(a)\\1' uses a backreference, which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"(a)\\\\1\""))));
        assertEquals(at + "a(?=b)' uses a lookahead '(?=', which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"a(?=b)\""))));
        assertEquals(at + "(?<!x)a' uses a lookbehind '(?<!', which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"(?<!x)a\""))));
        assertEquals(at + "a++' uses a possessive quantifier '++', which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"a++\""))));
        assertEquals(at + "(?>a|ab)c' uses an atomic group '(?>', which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"(?>a|ab)c\""))));
        assertEquals(at + "\\Z' uses Java-only syntax, which rule patterns do not support (they run in linear time): "
                + "invalid escape sequence \\Z",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern", "\"regex\":\"\\\\Z\""))));
    }

    @Test
    void aPatternWhoseRepetitionsNestIntoAHugeAutomatonIsRefused() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule title.pattern): pattern '((a{1000}){1000}){1000}' nests "
                + "counted repetitions to more than 10000 steps per character — write it shorter",
                problem(RulePackReaderTest.pack(rule("title.pattern", "title", "pattern",
                        "\"regex\":\"((a{1000}){1000}){1000}\""))));
    }

    @Test
    void aRegexInAnExpressionIsCheckedWhenThePackIsRead() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule title.same): pattern '(a)\\1' uses a backreference, "
                + "which rule patterns do not support (they run in linear time)",
                problem(RulePackReaderTest.pack(rule("title.same", "title", "expression",
                        "\"expression\":\"title =~ '(a)\\\\\\\\1'\""))));
    }

    @Test
    void theShippedPacksStillLoad() {
        for (String name : List.of("base", "apparel", "home", "digital")) {
            assertTrue(RulePackFiles.load(name).ruleCount() > 0, name);
        }
    }

    @Test
    void aPatternOverALongTextStopsAtItsBudget() throws Exception {
        ParallelRuleEngine engine = engine(pack(rule("desc.pattern", "description", "pattern", "\"regex\":\"(.*a){300}\""),
                rule("brand.required", "brand", "required", "")), 50);
        Product huge = new Product("m1", "P1", "标题", "", "服饰鞋包/女装/T恤", "", java.util.Map.of(), "a".repeat(3_000_000) + "b",
                List.of(), List.of(), List.of(), "", "", "", 48, RuleProducts.good("P1").skus());
        assertStopsWithoutLeavingAThread(engine, huge, "rule.timeout description 规则 desc.pattern 检查一件商品超过了 50 毫秒的时限，"
                + "本次校验已停用该规则（规则包 apparel@1.2.0），请简化它");
    }

    @Test
    void anExpressionThatOverrunsBecomesTheErrorFindingAndLeavesNoThreadBehind() throws Exception {
        ParallelRuleEngine engine = engine(pack(rule("desc.match", "description", "expression",
                "\"expression\":\"description =~ '(.*a){300}'\""), rule("brand.required", "brand", "required", "")), 50);
        Product huge = new Product("m1", "P1", "标题", "", "服饰鞋包/女装/T恤", "", java.util.Map.of(), "a".repeat(3_000_000) + "b",
                List.of(), List.of(), List.of(), "", "", "", 48, RuleProducts.good("P1").skus());
        assertStopsWithoutLeavingAThread(engine, huge, "rule.timeout description 规则 desc.match 检查一件商品超过了 50 毫秒的时限，"
                + "本次校验已停用该规则（规则包 apparel@1.2.0），请简化它");
    }

    @Test
    void aCategoryGlobOfManyDoubleStarsAnswersAtOnce() {
        Product deep = inCategory("a/b/c/d/e/f/g/h/i/j/k/l");
        CategoryScope stars = new CategoryScope(List.of("**/".repeat(40) + "x"), List.of());
        assertEquals(false, org.junit.jupiter.api.Assertions.assertTimeout(Duration.ofSeconds(1),
                () -> stars.includes(deep, "")));
        assertEquals(true, new CategoryScope(List.of("**/".repeat(40) + "l"), List.of()).includes(deep, ""));
    }

    @Test
    void categoryGlobsMeanWhatTheyMeant() {
        Product tee = inCategory("服饰鞋包/女装/T恤");
        for (String glob : List.of("服饰鞋包/**", "**/T恤", "*/女装/**", "服饰鞋包/*/T恤", "**", "服饰鞋包/女装/T恤/**")) {
            assertTrue(new CategoryScope(List.of(glob), List.of()).includes(tee, ""), glob);
        }
        for (String glob : List.of("服饰鞋包/*", "家居/**", "*/T恤", "**/女装", "服饰鞋包/女装/T恤/*")) {
            assertEquals(false, new CategoryScope(List.of(glob), List.of()).includes(tee, ""), glob);
        }
        assertTrue(new CategoryScope(List.of("服饰鞋包/**"), List.of()).includes(inCategory("服饰鞋包"), ""));
    }

    private static Product inCategory(String path) {
        Product p = RuleProducts.good("P1");
        return new Product(p.merchant(), p.spuCode(), p.title(), "", path, p.brand(), p.attributes(), p.description(),
                List.of(), p.mainImages(), p.detailImages(), "", "", "", 48, p.skus());
    }

    private static void assertStopsWithoutLeavingAThread(ParallelRuleEngine engine, Product huge, String timeout) {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        long start = System.nanoTime();
        List<Finding> findings = validate(engine, huge);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "took " + millis + " ms");
        // the overrun rule is the error finding; the other rule's finding stands
        assertEquals(List.of("c.brand.required brand brand.required 未填写", timeout), messages(findings));
        Set<Thread> after = new HashSet<>(Thread.getAllStackTraces().keySet());
        after.removeAll(before);
        assertEquals(Set.of(), after, "threads started by the run");
        for (var thread : Thread.getAllStackTraces().entrySet()) {
            String stack = Arrays.toString(thread.getValue());
            assertTrue(!stack.contains("com.google.re2j") && !stack.contains("org.apache.commons.jexl3"),
                    thread.getKey().getName() + " still matching: " + stack);
        }
    }
}
