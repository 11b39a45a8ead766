package shelf.shell.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.shell.internal.console.PlainGrammar.Command;

/** An editor's statements: plain commands, each of Gogo's other constructs refused by name, quoted text literal. */
class PlainGrammarTest {

    private static List<Command> parse(String text) {
        return PlainGrammar.parse(text, "editor");
    }

    private static String refusal(String text) {
        return assertThrows(PlainGrammar.NotPlain.class, () -> parse(text), text).getMessage();
    }

    private static String refused(String construct) {
        return "'" + construct + "' is not allowed: editor sessions run plain commands — quote it ('…') if it is text";
    }

    @Test
    void eachOfGogosConstructsIsRefusedNamingIt() {
        assertEquals(refused("$("), refusal("product:list $(user:list)"));
        assertEquals(refused("$("), refusal("$($(${.context} getBundle 1) stop)"));
        assertEquals(refused("${"), refusal("catalog:import ${.context}"));
        assertEquals(refused("$"), refusal("product:show $SHELF_PASSWORD"));
        assertEquals(refused("="), refusal("x = $(user:list)"));
        assertEquals(refused("="), refusal("x=1"));
        assertEquals(refused("{"), refusal("product:list { user:add evil }"));
        assertEquals(refused("["), refusal("catalog:import [a b]"));
        assertEquals(refused("("), refusal("(product:list) getClass"));
        assertEquals(refused(")"), refusal("product:show a)"));
        assertEquals(refused("|"), refusal("product:list | grep A"));
        assertEquals(refused("||"), refusal("product:list || user:list"));
        assertEquals(refused("&"), refusal("product:list &"));
        assertEquals(refused("&&"), refusal("product:list && user:list"));
        assertEquals(refused(">"), refusal("product:show NOPE > /home/shelf/data/audit.log"));
        assertEquals(refused(">>"), refusal("product:show x >> etc/shelf.command.acl.properties"));
        assertEquals(refused("<"), refusal("catalog:import < list.txt"));
        assertEquals(refused("<<"), refusal("catalog:import <<EOF"));
        assertEquals(refused("}"), refusal("product:show }"));
        assertEquals(refused("]"), refusal("product:show ]"));
    }

    @Test
    void aRefusalComesBeforeAnyCommandOfTheStatement() {
        assertEquals(refused("$("), refusal("product:list; submit A-1; user:list $(x)"));
    }

    @Test
    void quotedAndEscapedTextIsLiteral() {
        assertEquals(List.of(new Command("sku:generate", List.of("A-1", "--spec", "颜色=红色,黑色;尺码=S,M,L", "--title",
                "春季 $(新品) > 50% | {促销}", "it's", "$HOME", "say \"hi\"", "a\\b", "c\\d", "C:\\商品"))),
                parse("sku:generate A-1 --spec \"颜色=红色,黑色;尺码=S,M,L\" --title '春季 $(新品) > 50% | {促销}' "
                        + "'it'\\''s' \\$HOME \"say \\\"hi\\\"\" \"a\\\\b\" 'c\\d' C:\\\\商品"));
    }

    @Test
    void wordsBreakAtSpacesAndStatementsAtSemicolonsAndLineBreaks() {
        assertEquals(List.of(new Command("import", List.of("商品 表.xlsx", "--merchant", "acme")),
                new Command("product:list", List.of()), new Command("validate", List.of("1", ""))),
                parse("  import 商品\\ 表.xlsx\t--merchant acme ;product:list\n validate 1 ''  ;; "));
    }

    @Test
    void anEqualsSignInsideAnArgumentIsText() {
        assertEquals(List.of(new Command("price:set", List.of("A-1", "price=12.50", "a=b"))),
                parse("price:set A-1 price=12.50 a=b"));
    }

    @Test
    void aCommentLineIsSkippedAndAHashInsideAWordIsText() {
        assertEquals(List.of(new Command("product:show", List.of("A#1", "#2"))),
                parse("# my import\nproduct:show A#1 #2"));
    }

    @Test
    void lookalikeCharactersAndOtherScriptsAreText() {
        assertEquals(List.of(new Command("product:show", List.of("＄（user:list）", "｜", "＞", "\u00a0x"))),
                parse("product:show ＄（user:list） ｜ ＞ \u00a0x"));
    }

    @Test
    void aLeadingTildeIsTheHomeFolder() {
        String home = System.getProperty("user.home");
        assertEquals(List.of(new Command("import", List.of(home + "/商品表.xlsx", "a~b", "~x", "~/"))),
                parse("import ~/商品表.xlsx a~b ~x '~/'"));
    }

    @Test
    void anUnclosedQuoteIsSaidSo() {
        assertEquals("the quote ' is not closed — end the text with '", refusal("import 'a.xlsx"));
        assertEquals("the quote \" is not closed — end the text with \"", refusal("import \"a.xlsx"));
    }
}
