package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: a category manager's pattern cannot hang the runtime. A pack with "(.*a){20}" against a
 * 35-character title — which java.util.regex would try for ever — is tried, deployed, validated and
 * submitted, each answering in seconds; a pattern that needs backtracking is refused in words; the runtime
 * answers afterwards.
 */
class RulePatternIT extends RunningShelf {
    private static final long PROMPT_MS = 20_000;   // a whole `shelf -c` round trip: a client JVM, a login, the command
    private static final String TITLE = "a".repeat(34) + "b";
    private static final String PACK = "{\"id\": \"titles\", \"version\": \"1.0.0\", \"rules\": [{\"id\": \"title.pattern\","
            + " \"code\": \"title.format\", \"field\": \"title\", \"check\": \"pattern\", \"regex\": \"%s\","
            + " \"severity\": \"error\", \"message\": \"标题{detail}\"}]}";

    private String timed(String commands) throws Exception {
        long start = System.nanoTime();
        ShelfCommand.Result result = shelf.run("-c", commands);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d ms%n%s%s", commands, millis, result.out(), result.err());
        assertTrue(millis < PROMPT_MS, commands + " took " + millis + " ms");
        return result.out() + result.err();
    }

    @Test
    void theCatastrophicPatternIsTestedValidatedAndSubmittedPromptly() throws Exception {
        new MerchantWorkbook("商品")
                .row("商品编码", "SPU-1", "商品标题", TITLE, "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "库存", 30d)
                .write(desk.resolve("a.xlsx"));
        shelf.ok("import a.xlsx --merchant acme");

        Files.writeString(desk.resolve("titles.rules.json"), PACK.formatted("(.*a){20}"));
        String trial = timed("rules:test titles.rules.json 1");
        String added = ShelfCommand.lineWith(trial, "title.format");
        assertNotNull(added, trial);
        assertEquals(java.util.List.of("+", "error", "title.format", "SPU-1", "title", "标题不符合格式"), ImportIT.columns(added));
        assertTrue(trial.strip().endsWith("titles@1.0.0 (new) on batch 1: 1 findings added, 0 cleared in 1 products — nothing deployed"),
                trial);

        Files.writeString(home.resolve("deploy/titles.rules.json"), PACK.formatted("(.*a){20}"));
        shelf.poll("rules:list", list -> {
            String line = ShelfCommand.lineWith(list, "titles ");
            return line != null && line.endsWith("yes");
        }, PROMPT_MS);
        String validated = timed("validate 1");
        assertEquals(java.util.List.of("title.format", "error", "1"),
                ImportIT.columns(ShelfCommand.lineWith(validated, "title.format")));
        String finding = ShelfCommand.lineWith(shelf.ok("findings 1 --code title.format"), "SPU-1");
        assertTrue(finding.contains("标题不符合格式"), finding);

        String submitted = timed("submit 1");
        assertTrue(submitted.contains("1 of 1 moved"), submitted);

        assertTrue(ShelfCommand.lineWith(shelf.ok("rules:list"), "titles ").endsWith("yes"), "the runtime still answers");
    }

    @Test
    void aPatternThatNeedsBacktrackingIsRefusedInWords() throws Exception {
        String why = "titles.rules.json, line 1, column 48 (rule title.pattern): pattern '(a)\\1' uses a backreference, "
                + "which rule patterns do not support (they run in linear time)";
        Files.writeString(desk.resolve("titles.rules.json"), PACK.formatted("(a)\\\\1"));
        ShelfCommand.Result trial = shelf.run("-c", "rules:test titles.rules.json 1");
        System.out.println(trial);
        assertTrue(trial.err().contains(why), trial.toString());

        Files.writeString(home.resolve("deploy/titles.rules.json"), PACK.formatted("(a)\\\\1"));
        String status = shelf.poll("deploy:status", list -> {
            String line = ShelfCommand.lineWith(list, "titles.rules.json");
            return line != null && line.contains("FAILED");
        }, PROMPT_MS);
        System.out.println(status);
        assertTrue(ShelfCommand.lineWith(status, "titles.rules.json").contains(why), status);
        assertTrue(shelf.ok("rules:list").contains("base"), "the runtime still answers");
    }
}
