package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** A pack gives back the findings put in, and reads the packs of catalogues written before (DataOutputStream's bytes). */
class FindingPackTest {

    @Test
    void findingsComeBackAsTheyWentInAcrossAGrowingPack() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            SourceCell cell = i % 7 == 0 ? null : new SourceCell("上新.xlsx", "商品", 2 + i, i % 28);
            findings.add(new Finding(i % 3 == 0 ? "title.too-long" : "price.order", i % 2 == 0 ? Severity.ERROR
                    : Severity.INFO, "m1", "SPU" + i / 4, "SPU" + i / 4 + "-" + i % 4, "skus.salePrice", cell,
                    "售价" + i + "高于划线价" + "很长的说明".repeat(i % 50), "base@1.1.0"));
        }
        FindingPack pack = new FindingPack();
        findings.forEach(pack::add);
        assertEquals(3_000, pack.size());
        byte[] packed = pack.take(); // well past the first 64 KB
        assertEquals(0, pack.size());

        List<Finding> read = new ArrayList<>();
        FindingPack.each(packed, read::add);
        assertEquals(findings, read);

        pack.add(findings.get(5));
        List<Finding> again = new ArrayList<>();
        FindingPack.each(pack.take(), again::add);
        assertEquals(List.of(findings.get(5)), again, "a taken pack starts afresh, nothing carried over");
    }

    @Test
    void theBytesAreThoseDataOutputStreamWrote() throws Exception {
        Finding first = new Finding("title.too-long", Severity.ERROR, "m1", "A1", "", "title",
                new SourceCell("上新.xlsx", "商品", 2, 3), "标题超过60字", "base@1.1.0");
        Finding second = new Finding("image.missing", Severity.WARNING, "m1", "A1", "A1-1", "images", null,
                "缺少主图", "base@1.1.0");
        FindingPack pack = new FindingPack();
        pack.add(first);
        pack.add(second);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0); // nothing like a previous finding
        for (String text : List.of("title.too-long", "ERROR", "m1", "A1", "", "title", "上新.xlsx", "商品", "标题超过60字",
                "base@1.1.0")) {
            writeText(out, text);
        }
        out.writeInt(2);
        out.writeInt(3);
        // merchant, SPU and pack as before; no cell
        out.writeShort(1 << 10 | 1 << 2 | 1 << 3 | 1 << 9);
        for (String text : List.of("image.missing", "WARNING", "A1-1", "images", "", "", "缺少主图")) {
            writeText(out, text);
        }
        assertArrayEquals(bytes.toByteArray(), pack.take());
    }

    private static void writeText(DataOutputStream out, String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
