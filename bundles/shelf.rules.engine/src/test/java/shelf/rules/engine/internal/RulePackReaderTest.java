package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shelf.rules.engine.spi.RulePackFormatException;

/** A faulty pack file is refused whole, with a message that names the file, the rule and the fix. */
class RulePackReaderTest {

    static String pack(String rules) {
        return "{\"id\":\"apparel\",\"version\":\"1.2.0\",\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"]},\"rules\":["
                + rules + "]}";
    }

    static String problem(String json) {
        return assertThrows(RulePackFormatException.class, () -> RulePackReader.read("apparel.rules.json", json))
                .getMessage();
    }

    @Test
    void readsTheIssuesExample() throws Exception {
        var pack = RulePackReader.read("apparel.rules.json", pack("{\"id\": \"material-required\", \"code\": "
                + "\"attr.required\", \"field\": \"attributes.材质\", \"check\": \"required\", \"severity\": \"error\","
                + " \"message\": \"服饰类目必须填写材质\"}"));
        assertEquals("apparel", pack.id());
        assertEquals("1.2.0", pack.version());
        assertEquals(1, pack.ruleCount());
    }

    @Test
    void unknownCheck() {
        String message = problem(pack("{\"id\":\"m\",\"code\":\"c\",\"field\":\"title\",\"check\":\"requird\","
                + "\"severity\":\"error\",\"message\":\"x\"}"));
        assertTrue(message.startsWith("apparel.rules.json, line 1, column 83 (rule m): unknown check 'requird' — use one of [barcode,"), message);
    }

    @Test
    void aRefusedRuleIsNamedByLineAndColumnAsAnEditorShowsThem() {
        String json = """
                {
                  "id": "apparel", "version": "1.2.0",
                  "rules": [
                    {"id": "ok", "code": "c", "field": "title", "check": "required", "severity": "error", "message": "x"},
                    {"id": "m", "code": "c", "field": "title", "check": "requird",
                     "severity": "error", "message": "x"}
                  ]
                }
                """;
        assertTrue(problem(json).startsWith("apparel.rules.json, line 5, column 5 (rule m): unknown check 'requird'"),
                problem(json));
    }

    @Test
    void badRegex() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule code-format): bad regex '[A-Z': Unclosed character class at index 3",
                problem(pack("{\"id\":\"code-format\",\"code\":\"c\",\"field\":\"skus.skuCode\",\"check\":\"pattern\","
                        + "\"regex\":\"[A-Z\",\"severity\":\"error\",\"message\":\"x\"}")));
    }

    @Test
    void missingField() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule m): missing \"field\"", problem(pack(
                "{\"id\":\"m\",\"code\":\"c\",\"check\":\"required\",\"severity\":\"error\",\"message\":\"x\"}")));
    }

    @Test
    void unknownFieldAndSeverityAndParameter() {
        assertTrue(problem(pack("{\"id\":\"m\",\"code\":\"c\",\"field\":\"colour\",\"check\":\"required\","
                + "\"severity\":\"error\",\"message\":\"x\"}")).startsWith("apparel.rules.json, line 1, column 83 (rule m): unknown field 'colour'"));
        assertEquals("apparel.rules.json, line 1, column 83 (rule m): \"severity\" 'fatal' — write \"error\", \"warning\" or \"info\"",
                problem(pack("{\"id\":\"m\",\"code\":\"c\",\"field\":\"title\",\"check\":\"required\","
                        + "\"severity\":\"fatal\",\"message\":\"x\"}")));
        assertEquals("apparel.rules.json, line 1, column 83 (rule m): check 'maxLength' takes no parameter 'maxx' — it takes [max, unit]",
                problem(pack("{\"id\":\"m\",\"code\":\"c\",\"field\":\"title\",\"check\":\"maxLength\",\"maxx\":3,"
                        + "\"severity\":\"error\",\"message\":\"x\"}")));
    }

    @Test
    void ruleWithoutIdIsNamedByPosition() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule 1): missing \"id\"", problem(pack("{\"check\":\"required\"}")));
    }

    @Test
    void duplicateRuleId() {
        String rule = "{\"id\":\"m\",\"code\":\"c\",\"field\":\"title\",\"check\":\"required\",\"severity\":\"error\",\"message\":\"x\"}";
        assertEquals("apparel.rules.json, line 1, column 173 (rule m): the id is used by an earlier rule too", problem(pack(rule + "," + rule)));
    }

    @Test
    void expressionNamingAnUnknownField() {
        assertEquals("apparel.rules.json, line 1, column 83 (rule e): expression 'promoPrice <= salesPrice' names 'salesPrice', which is not a field",
                problem(pack("{\"id\":\"e\",\"code\":\"c\",\"field\":\"skus.promoPrice\",\"check\":\"expression\","
                        + "\"expression\":\"promoPrice <= salesPrice\",\"severity\":\"error\",\"message\":\"x\"}")));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        String message = problem("{\"id\": \"apparel\",\n \"version\": \"1.2.0\"\n \"rules\": []}");
        assertTrue(message.startsWith("apparel.rules.json: not valid JSON — "), message);
        assertTrue(message.contains("line 3"), message);
    }

    @Test
    void badVersion() {
        assertEquals("apparel.rules.json: \"version\" 'v2' is not MAJOR.MINOR.PATCH (1.2.0)",
                problem("{\"id\":\"a\",\"version\":\"v2\",\"rules\":[]}"));
    }
}
