package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The workbook's shared-string table, kept as one UTF-8 byte array and an array of end offsets: some
 * 40 bytes per string less than a String[] would take, and no object per string for the collector to
 * trace. A string is decoded when a cell asks for it. Rich-text runs are joined; phonetic runs
 * ({@code <rPh>}, furigana) are not part of the value and are skipped.
 */
final class SharedStrings {
    private static final byte[] SI = "si".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] T = "t".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RPH = "rPh".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SST = "sst".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNIQUE_COUNT = "uniqueCount".getBytes(StandardCharsets.US_ASCII);

    static final SharedStrings NONE = new SharedStrings(new byte[0], new int[1], 0);

    private final byte[] data;
    private final int[] ends;
    private final int size;

    private SharedStrings(byte[] data, int[] ends, int size) {
        this.data = data;
        this.ends = ends;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The string at index, or null when the table has no such entry. */
    String get(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(data, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    /**
     * Reads the sharedStrings part.
     *
     * @param byteLimit the most text the table may hold; past it the workbook is refused rather than
     *     the heap exhausted
     */
    static SharedStrings read(InputStream in, String part, long byteLimit) throws IOException {
        XmlScanner xml = new XmlScanner(in, part);
        byte[] data = new byte[1 << 16];
        int[] ends = new int[1024];
        int size = 0;
        int length = 0;
        boolean inItem = false;
        boolean inText = false;
        int phonetic = 0;
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.TEXT) {
                if (inText && phonetic == 0) {
                    int more = xml.textLength();
                    if (length + (long) more > byteLimit) {
                        throw new TooLargeException("the text of the workbook (its shared strings)");
                    }
                    if (length + more > data.length) {
                        data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8,
                                Math.max((long) data.length * 3 / 2, length + (long) more)));
                    }
                    System.arraycopy(xml.text(), 0, data, length, more);
                    length += more;
                }
            } else if (event == XmlScanner.START) {
                if (xml.is(T)) {
                    inText = inItem;
                } else if (xml.is(RPH)) {
                    phonetic++;
                } else if (xml.is(SI)) {
                    inItem = true;
                } else if (xml.is(SST) && xml.attribute(UNIQUE_COUNT)) {
                    // presize, but never trust a count enough to allocate it blindly
                    int declared = parseInt(xml.buffer(), xml.valueStart(), xml.valueEnd());
                    ends = new int[Math.max(1024, Math.min(declared, 1 << 22))];
                }
            } else if (xml.is(T)) {
                inText = false;
            } else if (xml.is(RPH)) {
                phonetic = Math.max(0, phonetic - 1);
            } else if (xml.is(SI)) {
                if (size == ends.length) {
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                ends[size++] = length;
                inItem = false;
            }
        }
        return new SharedStrings(data, ends, size);
    }

    private static int parseInt(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to && i - from < 10; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return 0;
            }
            value = value * 10 + (b[i] - '0');
        }
        return Math.max(value, 0);
    }
}
