package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextLengthTest {

    @Test
    void countsGbkBytesAsMarketplacesDo() {
        assertEquals(2, TextLength.length("棉", true));
        assertEquals(8, TextLength.length("T恤 女夏", true));
        assertEquals(4, TextLength.length("T恤 女夏".substring(0, 4), false));
    }

    @Test
    void thirtyChineseCharactersFillSixtyBytes() {
        TextLength max = new TextLength(null, 60, true);
        assertNull(max.violation("棉".repeat(30)));
        assertEquals("62字节，最多60字节", max.violation("棉".repeat(31)));
        assertNull(new TextLength(null, 60, false).violation("棉".repeat(31)));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertEquals(1, TextLength.length("😀", false));
        assertEquals("1字，至少2字", new TextLength(2, null, false).violation("😀"));
    }
}
