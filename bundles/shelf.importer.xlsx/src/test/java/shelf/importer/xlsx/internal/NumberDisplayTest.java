package shelf.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberDisplayTest {
    private final NumberDisplay display = new NumberDisplay(false);

    private String show(int formatIndex, String format, String literal) {
        byte[] b = literal.getBytes(StandardCharsets.US_ASCII);
        return display.show(NumberStyle.of(formatIndex, format), b, 0, b.length);
    }

    @ParameterizedTest(name = "{0} in General shows {1}")
    @CsvSource(delimiter = ';', value = {
            "6901234567892; 6901234567892",
            "6.901234567892E12; 6901234567892",
            "0.30000000000000004; 0.3",
            "12.5; 12.5",
            "-0.1; -0.1",
            "0; 0",
            "100; 100",
            "1.23456789012345678; 1.23456789012346",
            "12345678901234567890; 1.23456789012346E+19",
            "1E-12; 1E-12",
            "0.000123; 0.000123",
            "999999999999999.9; 1E+15",
            "007; 7"})
    void generalShowsFifteenDigitsWithoutFloatNoise(String literal, String expected) {
        assertEquals(expected, show(0, "General", literal));
    }

    @ParameterizedTest(name = "{1} in {0} shows {2}")
    @CsvSource(delimiter = '|', value = {
            "0.00| 12.5| 12.50",
            "0.00| 2.675| 2.68",
            "0.00| 99.995| 100.00",
            "0.00| -0.001| 0.00",
            "0.00| -1.005| -1.01",
            "0| 1.5| 2",
            "0| -2.5| -3",
            "#,##0.00| 1234.5| 1234.50",
            "#,##0| 1234567| 1234567",
            "000000| 123| 000123",
            "0.0#| 0.1| 0.1",
            "0.0#| 0.125| 0.13",
            "0%| 0.125| 13%",
            "0.00%| 0.5| 50.00%",
            "[$¥-804]#,##0.00| 1| 1.00",
            "[$$-409]#,##0.00| 1148| $1148.00",
            "\"$\"#,##0.00| 1148| $1148.00",
            "$#,##0.00_);($#,##0.00)| -5| -$5.00",
            "[$€-407]#,##0.00| 9.9| €9.90",
            "[$¥-411]#,##0| 1200| JP¥1200",
            "\"US$\"#,##0.00| 12| US$12.00",
            "#,##0.00_);[Red](#,##0.00)| -1234.5| -1234.50",
            "\"¥\"#,##0.00;\"-¥\"#,##0.00| 8.8| 8.80",
            "0.00\"元\"| 3| 3.00",
            "@| 6901234567892| 6901234567892"})
    void fixedFormatsKeepTheirDecimals(String format, String literal, String expected) {
        assertEquals(expected, show(164, format, literal));
    }

    @ParameterizedTest(name = "{1} in {0} shows {2}")
    @CsvSource(delimiter = ';', value = {
            "14; m/d/yy; 45356; 2024-03-05",
            "164; yyyy/m/d; 45356; 2024-03-05",
            "164; yyyy\"年\"m\"月\"d\"日\"; 45356; 2024-03-05",
            "164; yyyy-mm-dd hh:mm:ss; 45356.6041666667; 2024-03-05 14:30:00",
            "164; h:mm; 0.5; 12:00",
            "31; ; 45356; 2024-03-05",
            "57; reserved-0x39; 45356; 2024-03-05"})
    void datesShowAsIso(int index, String format, String literal, String expected) {
        assertEquals(expected, show(index, format, literal));
    }

    @Test
    void rareFormatsFallBackToPoi() {
        assertEquals("1 1/2", show(164, "# ?/?", "1.5"));
        assertEquals("1.50E+03", show(164, "0.00E+00", "1500"));
    }

    @Test
    void textThatIsNoNumberIsReportedNotGuessed() {
        assertNull(show(0, "General", "12,5"));
        assertNull(show(0, "General", "abc"));
    }
}
