package shelf.shell.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StatementCommandsTest {
    @Test
    void everyCommandOfAStatementIsFoundWhereverItIsWritten() throws Exception {
        assertEquals(List.of("import"), StatementCommands.of("import 商品表.xlsx --merchant acme"));
        assertEquals(List.of("bundle:list", "grep"), StatementCommands.of("bundle:list | grep shelf"));
        assertEquals(List.of("review:approve"), StatementCommands.of("x = (review:approve A-1)"));
        assertEquals(List.of(), StatementCommands.of("x = review:approve"), "a single word is assigned, not run");
        assertEquals(List.of("each", "feature:install"),
                StatementCommands.of("each [a b] { feature:install $it }"));
        assertEquals(List.of(StatementCommands.COMPUTED), StatementCommands.of("$cmd A-1"));
    }

    @Test
    void aBareNameMeansTheShellsCommandFirstElseEveryScopesOfThatName() {
        Set<String> known = Set.of("shell:help", "felix:help", "catalog:import", "review:approve", "x:approve");
        assertEquals(List.of("shell:help"), AccessGate.scoped("help", known));
        assertEquals(List.of("catalog:import"), AccessGate.scoped("import", known));
        assertEquals(Set.of("review:approve", "x:approve"), Set.copyOf(AccessGate.scoped("approve", known)));
        assertEquals(List.of("review:approve"), AccessGate.scoped("review:approve", known));
        assertEquals(List.of(), AccessGate.scoped("no:such", known), "left to Gogo, which says it is unknown");
    }
}
