package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of every cell style (cellXfs), read from the styles part with this bundle's
 * scanner. POI's StylesTable would do it too, but it parses the whole part into XmlBeans objects, and
 * loading XmlBeans and its schema types costs a fresh runtime's first import some 0.3–0.8 s of class
 * loading — a third of the time budget — to learn a few dozen format codes. Built-in format ids keep
 * POI's table ({@link BuiltinFormats}).
 */
final class StylesPart {
    private static final byte[] NUM_FMT = "numFmt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NUM_FMT_ID = "numFmtId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORMAT_CODE = "formatCode".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CELL_XFS = "cellXfs".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XF = "xf".getBytes(StandardCharsets.US_ASCII);
    /** Far more than any real workbook (Excel's own limit is 64,000 styles). */
    private static final int MAX_STYLES = 1 << 17;

    private StylesPart() {
    }

    static NumberStyle[] read(InputStream in, String part) throws IOException {
        XmlScanner xml = new XmlScanner(in, part);
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        boolean inCellXfs = false;
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.START) {
                if (xml.is(NUM_FMT) && xml.attribute(NUM_FMT_ID)) {
                    int id = CellReference.number(xml.buffer(), xml.valueStart(), xml.valueEnd());
                    if (xml.attribute(FORMAT_CODE)) {
                        formats.put(id, xml.attributeValue());
                    }
                } else if (xml.is(CELL_XFS)) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.is(XF)) {
                    if (styleFormats.size() == MAX_STYLES) {
                        throw new TooLargeException("the list of cell styles");
                    }
                    styleFormats.add(xml.attribute(NUM_FMT_ID)
                            ? CellReference.number(xml.buffer(), xml.valueStart(), xml.valueEnd()) : 0);
                }
            } else if (event == XmlScanner.END && xml.is(CELL_XFS)) {
                inCellXfs = false;
            }
        }
        NumberStyle[] styles = new NumberStyle[styleFormats.size()];
        Map<Integer, NumberStyle> seen = new HashMap<>();
        for (int i = 0; i < styles.length; i++) {
            int id = styleFormats.get(i);
            styles[i] = seen.computeIfAbsent(id, key -> NumberStyle.of(key, formatCode(formats, key)));
        }
        return styles;
    }

    private static String formatCode(Map<Integer, String> formats, int id) {
        String custom = formats.get(id);
        return custom != null ? custom : BuiltinFormats.getBuiltinFormat(id);
    }
}
