package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarcodeDigitsTest {

    @Test
    void acceptsValidCheckDigits() {
        assertTrue(BarcodeDigits.valid("6901234567892"));   // EAN-13
        assertTrue(BarcodeDigits.valid("4006381333931"));   // EAN-13
        assertTrue(BarcodeDigits.valid("036000291452"));    // UPC-A
        assertTrue(BarcodeDigits.valid("96385074"));        // EAN-8
    }

    @Test
    void refusesWrongCheckDigitsLengthsAndLetters() {
        assertFalse(BarcodeDigits.valid("6901234567891"));
        assertFalse(BarcodeDigits.valid("036000291453"));
        assertFalse(BarcodeDigits.valid("69012345678"));
        assertFalse(BarcodeDigits.valid("69012345678A2"));
    }

    @Test
    void saysWhatIsWrong() {
        BarcodeDigits check = new BarcodeDigits();
        assertNull(check.violation(""));
        assertEquals("校验位错误", check.violation("6901234567891"));
        assertEquals("含非数字字符", check.violation("690-1234"));
        assertEquals("5位，应为13位(EAN-13)、12位(UPC-A)或8位(EAN-8)", check.violation("12345"));
    }
}
