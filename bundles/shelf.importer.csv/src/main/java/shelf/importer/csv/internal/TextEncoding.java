package shelf.importer.csv.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a text file, judged from its first bytes: a byte-order mark says UTF-8 or UTF-16;
 * otherwise UTF-8 if the sample reads as UTF-8, else GB18030 (what Chinese Excel and WPS save as
 * "CSV"). A UTF-8 file with a few broken bytes stays UTF-8 — its good multi-byte characters far
 * outnumber the bad bytes, which GB18030 text never achieves — so the broken cells are reported
 * rather than the whole file turned into nonsense.
 */
record TextEncoding(Charset charset, int byteOrderMark) {
    static final int SAMPLE = 64 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");

    static TextEncoding of(byte[] sample, int length) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(mostlyUtf8(sample, length) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Name for messages: "UTF-8", "GB18030", "UTF-16LE". */
    String name() {
        return charset.name();
    }

    private static boolean mostlyUtf8(byte[] b, int length) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < length) {
            int lead = b[i] & 0xFF;
            int more = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (more < 0) {
                bad++;
                i++;
                continue;
            }
            if (i + more >= length) {
                break; // a character cut by the end of the sample is no evidence either way
            }
            boolean valid = true;
            for (int k = 1; k <= more; k++) {
                valid &= (b[i + k] & 0xC0) == 0x80;
            }
            if (valid) {
                good += more > 0 ? 1 : 0;
                i += more + 1;
            } else {
                bad++;
                i++;
            }
        }
        return bad == 0 || good >= 4 * bad;
    }
}
