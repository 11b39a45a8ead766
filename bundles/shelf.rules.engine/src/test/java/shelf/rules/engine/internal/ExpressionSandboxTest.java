package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.MapContext;
import org.junit.jupiter.api.Test;
import shelf.rules.engine.spi.RulePackFormatException;

/** A pack's expression may compare and compute, and nothing else. */
class ExpressionSandboxTest {

    @Test
    void comparesPricesExactly() {
        MapContext context = new MapContext();
        context.set("promoPrice", new BigDecimal("49.90"));
        context.set("salePrice", new BigDecimal("49.9"));
        assertEquals(true, SandboxedExpressions.compile("promoPrice <= salePrice").execute(context));
        context.set("promoPrice", new BigDecimal("49.91"));
        assertEquals(false, SandboxedExpressions.compile("promoPrice <= salePrice").execute(context));
    }

    @Test
    void refusesGetClass() {
        var script = SandboxedExpressions.compile("''.getClass()");
        assertThrows(JexlException.class, () -> script.execute(new MapContext()));
        var forName = SandboxedExpressions.compile("''.getClass().forName('java.lang.Runtime')");
        assertThrows(JexlException.class, () -> forName.execute(new MapContext()));
    }

    @Test
    void refusesPropertyAccessToClasses() {
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("''.class"));
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("title['class']"));
    }

    @Test
    void refusesNew() {
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("new('java.io.File', '/')"));
    }

    @Test
    void refusesSystemCallsAndLoopsAndAssignments() {
        var exit = SandboxedExpressions.compile("java.lang.System.exit(1)");
        assertThrows(JexlException.class, () -> exit.execute(new MapContext()));
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("while (true) {}"));
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("x = 1"));
        assertThrows(IllegalArgumentException.class, () -> SandboxedExpressions.compile("var f = function() { 1 }"));
    }

    @Test
    void aPackWithAForbiddenExpressionIsRefusedWhenRead() {
        var e = assertThrows(RulePackFormatException.class, () -> RulePackReader.read("x.rules.json",
                "{\"id\":\"x\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"evil\",\"code\":\"c\",\"field\":\"title\","
                        + "\"check\":\"expression\",\"expression\":\"new('java.io.File','/')\",\"severity\":\"error\",\"message\":\"m\"}]}"));
        assertTrue(e.getMessage().startsWith("x.rules.json, line 1, column 38 (rule evil): "), e.getMessage());
    }
}
