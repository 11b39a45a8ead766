package shelf.shell.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String script) {
        return StatementSplitter.split(script).stream().map(Statement::text).toList();
    }

    @Test
    void semicolonsAndNewlinesSeparateStatements() {
        assertEquals(List.of("bundle:list", "feature:list", "deploy:status"),
                texts("bundle:list; feature:list\ndeploy:status"));
    }

    @Test
    void commentLinesAndBlankStatementsAreSkipped() {
        String script = """
                # install the Douyin channel
                feature:install channel-douyin

                  # then look at it
                ;;
                bundle:list
                """;
        assertEquals(List.of("feature:install channel-douyin", "bundle:list"), texts(script));
    }

    @Test
    void separatorsInsideQuotesDoNotSplit() {
        assertEquals(List.of("echo 'a;b'", "echo \"c\nd\""), texts("echo 'a;b'; echo \"c\nd\""));
    }

    @Test
    void aClosureOverSeveralLinesIsOneStatement() {
        String script = "each [1 2] {\n  echo $it;\n  echo done\n}\nbundle:list";
        assertEquals(List.of("each [1 2] {\n  echo $it;\n  echo done\n}", "bundle:list"), texts(script));
    }

    @Test
    void aBackslashAtTheEndOfALineContinuesIt() {
        assertEquals(List.of("bundle:install file:/tmp/a.jar"), texts("bundle:install\\\nfile:/tmp/a.jar"));
    }

    @Test
    void eachStatementKnowsTheLineItStartsOn() {
        List<Statement> statements = StatementSplitter.split("# header\n\nbundle:list\nfeature:list; deploy:status\n");
        assertEquals(List.of(new Statement("bundle:list", 3), new Statement("feature:list", 4),
                new Statement("deploy:status", 4)), statements);
    }

    @Test
    void chineseTextPassesThroughUnchanged() {
        assertEquals(List.of("import 商品表.xlsx", "validate '女装；连衣裙'"),
                texts("import 商品表.xlsx; validate '女装；连衣裙'"));
    }
}
