package shelf.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

class CsvImporterTest {
    private static final String TABLE = "商品编码,商品标题,销售价\nSPU001,纯棉T恤,12.50\nSPU002,\"牛仔裤, 修身\",199.00\n";
    private static final List<String> ROWS = List.of("1: 商品编码|商品标题|销售价", "2: SPU001|纯棉T恤|12.50",
            "3: SPU002|牛仔裤, 修身|199.00");

    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();

    static final class Recorder implements RowSink {
        final List<String> rows = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> sheets = new ArrayList<>();

        @Override
        public boolean startSheet(String name) {
            sheets.add(name);
            return true;
        }

        @Override
        public boolean row(int row, List<String> cells) {
            rows.add(row + ": " + String.join("|", cells));
            return true;
        }

        @Override
        public void cellError(int row, int column, String raw, String reason) {
            errors.add(row + "," + column + " " + raw + ": " + reason);
        }

        @Override
        public void progress(long done, long total) {
        }
    }

    private Recorder read(String name, byte[] content) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Recorder sink = new Recorder();
        importer.read(file, ReadOptions.defaults(), sink);
        return sink;
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    @Test
    void readsUtf8() throws Exception {
        Recorder sink = read("商品.csv", TABLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(ROWS, sink.rows);
        assertEquals(List.of(""), sink.sheets);
        assertTrue(sink.errors.isEmpty());
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        Recorder sink = read("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TABLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ROWS, sink.rows);
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
        Recorder sink = read("excel-unicode.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TABLE.replace(',', '\t').replace("\"牛仔裤\t 修身\"", "\"牛仔裤, 修身\"").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ROWS, sink.rows);
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws Exception {
        Recorder sink = read("be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TABLE.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ROWS, sink.rows);
    }

    @Test
    void readsGb18030AsChineseExcelSavesIt() throws Exception {
        Recorder sink = read("wps.csv", TABLE.getBytes(Charset.forName("GB18030")));
        assertEquals(ROWS, sink.rows);
        assertTrue(sink.errors.isEmpty());
    }

    @Test
    void detectsTabsAndSemicolons() throws Exception {
        assertEquals(ROWS, read("tabs.tsv", "商品编码\t商品标题\t销售价\nSPU001\t纯棉T恤\t12.50\nSPU002\t牛仔裤, 修身\t199.00\n"
                .getBytes(StandardCharsets.UTF_8)).rows);
        assertEquals(ROWS, read("semi.csv", "商品编码;商品标题;销售价\nSPU001;纯棉T恤;12.50\nSPU002;\"牛仔裤, 修身\";199.00\n"
                .getBytes(StandardCharsets.UTF_8)).rows);
    }

    @Test
    void aQuotedNewlineKeepsTheRecordOneRowNumberedAsASpreadsheetShowsIt() throws Exception {
        Recorder sink = read("desc.csv", ("商品编码,商品描述\r\nSPU001,\"第一行\r\n第二行, 带逗号\r\n\"\"引号\"\"\"\r\n\r\nSPU002,短\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1: 商品编码|商品描述", "2: SPU001|第一行\r\n第二行, 带逗号\r\n\"引号\"", "4: SPU002|短"), sink.rows);
    }

    @Test
    void aBrokenByteInUtf8IsReportedWhereItIs() throws Exception {
        StringBuilder good = new StringBuilder("商品编码,商品标题\n");
        for (int i = 1; i <= 20; i++) {
            good.append("SPU").append(i).append(",纯棉T恤 男款\n");
        }
        byte[] broken = concat(good.toString().getBytes(StandardCharsets.UTF_8),
                concat("SPU21,纯棉".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, 'T', '\n'}));
        Recorder sink = read("broken.csv", broken);
        assertEquals(22, sink.rows.size());
        assertEquals("22: SPU21|纯棉\uFFFDT", sink.rows.get(21));
        assertEquals(List.of("22,2 纯棉\uFFFDT: the text is not valid UTF-8 here (shown as \uFFFD) — save the file as UTF-8"
                + " and import it again"), sink.errors);
    }

    @Test
    void aBrokenByteInGb18030IsReported() throws Exception {
        byte[] broken = concat("商品编码,商品标题\nSPU1,".getBytes(Charset.forName("GB18030")), new byte[] {'A', (byte) 0xFF, '\n'});
        Recorder sink = read("gb.csv", broken);
        assertEquals(List.of("2,2 A\uFFFD: the text is not valid GB18030 here (shown as \uFFFD) — save the file as UTF-8"
                + " and import it again"), sink.errors);
    }

    @Test
    void anUnclosedQuoteNamesTheRowWhereItStarts() throws Exception {
        Path file = Files.write(dir.resolve("quote.csv"), "a,b\n1,2\n3,\"never closed\n4,5\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ReadOptions.defaults(), new Recorder()));
        assertEquals("quote.csv row 3: a quoted field that starts in this row is never closed — add the missing \""
                + " (quotes inside a field are written twice: \"\")", e.getMessage());
    }

    @Test
    void aRowWiderThanTheLimitIsNamed() throws Exception {
        Path file = Files.write(dir.resolve("wide.csv"), ("a,b\n" + ",x".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ReadOptions.defaults(), new Recorder()));
        assertEquals("wide.csv row 2: the row has 10001 fields; at most 1024 are read — check the delimiter, or that"
                + " this is the right file", e.getMessage());
    }

    @Test
    void acceptsTextTablesByName() {
        assertTrue(importer.accepts(dir.resolve("a.CSV")));
        assertTrue(importer.accepts(dir.resolve("a.tsv")));
        assertTrue(importer.accepts(dir.resolve("a.txt")));
        assertFalse(importer.accepts(dir.resolve("a.xlsx")));
    }
}
