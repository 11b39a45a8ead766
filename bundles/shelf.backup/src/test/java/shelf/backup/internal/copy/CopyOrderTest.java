package shelf.backup.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CopyOrderTest {

    @Test
    void withoutForeignKeysTablesGoByName() {
        assertEquals(List.of("batch", "product", "review"), CopyOrder.of(List.of("review", "batch", "product"), Map.of()));
    }

    @Test
    void aTableComesAfterTheTablesItRefersTo() {
        // a_line refers to z_order, which refers to m_customer: the alphabet would put them the other way round
        assertEquals(List.of("b_other", "m_customer", "z_order", "a_line"), CopyOrder.of(
                List.of("a_line", "b_other", "m_customer", "z_order"),
                Map.of("a_line", Set.of("z_order"), "z_order", Set.of("m_customer"))));
    }

    @Test
    void aTableThatRefersToItselfOrToATableNotCopiedIsNoObstacle() {
        assertEquals(List.of("category", "product"), CopyOrder.of(List.of("product", "category"),
                Map.of("category", Set.of("category"), "product", Set.of("category", "elsewhere"))));
    }

    @Test
    void aCircleOfForeignKeysIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CopyOrder.of(
                List.of("a", "b", "c"), Map.of("a", Set.of("b"), "b", Set.of("a"))));
        assertTrue(e.getMessage().startsWith("the foreign keys of the tables a, b refer to each other in a circle"), e.getMessage());
    }
}
