package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import shelf.api.importer.ImportException;

/**
 * Reads one worksheet part's rows: cells placed by their reference, shared and inline strings,
 * numbers and dates as displayed, formulas by their cached value. This loop is where an import spends
 * its time, so it works on bytes, makes one pass over each tag's attributes, and allocates little
 * more than the strings it delivers.
 */
final class SheetReader {
    private static final byte[] ROW = bytes("row");
    private static final byte[] C = bytes("c");
    private static final byte[] V = bytes("v");
    private static final byte[] IS = bytes("is");
    private static final byte[] T = bytes("t");
    private static final byte[] RPH = bytes("rPh");
    private static final byte[] SHEET_DATA = bytes("sheetData");

    private final WorkbookContext workbook;
    private final String sheet;
    private final CellText text;
    private final int maxColumns;

    private String[] cells = new String[32];
    private int width;
    private int rowNumber;
    private int column;
    private int style;
    private byte type;
    private boolean inCell;
    private boolean inValue;
    private boolean inInline;
    private int phonetic;
    private byte[] value = new byte[64];
    private int valueLength;

    SheetReader(WorkbookContext workbook, String sheet, CellText text) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.text = text;
        this.maxColumns = workbook.maxColumns();
    }

    /** Reads the rows into the output; false when the sink asked to stop reading the file. */
    boolean read(XmlScanner xml, RowOutput output, Progress progress) throws IOException, ImportException {
        for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
            if (event == XmlScanner.TEXT) {
                if (inValue) {
                    appendValue(xml.text(), xml.textLength());
                }
            } else if (event == XmlScanner.START) {
                if (xml.is(C)) {
                    startCell(xml);
                } else if (xml.is(V)) {
                    inValue = inCell;
                    valueLength = 0;
                } else if (xml.is(T)) {
                    inValue = inInline && phonetic == 0;
                } else if (xml.is(IS)) {
                    inInline = inCell;
                    valueLength = 0;
                } else if (xml.is(RPH)) {
                    phonetic++;
                } else if (xml.is(ROW)) {
                    startRow(xml);
                }
            } else if (xml.is(C)) {
                endCell();
            } else if (xml.is(V) || xml.is(T)) {
                inValue = false;
            } else if (xml.is(IS)) {
                inInline = false;
            } else if (xml.is(RPH)) {
                phonetic = Math.max(0, phonetic - 1);
            } else if (xml.is(ROW)) {
                if (width > 0 && !output.row(rowNumber, takeRow())) {
                    return false;
                }
                progress.at(xml.consumed());
            } else if (xml.is(SHEET_DATA)) {
                break;
            }
        }
        return output.finish();
    }

    private void startRow(XmlScanner xml) {
        int number = 0;
        while (xml.nextAttribute()) {
            if (xml.attributeName() == 'r') {
                number = CellReference.number(xml.buffer(), xml.valueStart(), xml.valueEnd());
            }
        }
        rowNumber = number > 0 ? number : rowNumber + 1;
        column = 0;
    }

    private void startCell(XmlScanner xml) throws ImportException {
        inCell = true;
        valueLength = 0;
        int at = column + 1;
        style = 0;
        type = CellText.NUMBER;
        byte[] b = xml.buffer();
        while (xml.nextAttribute()) {
            switch (xml.attributeName()) {
                case 'r' -> at = CellReference.column(b, xml.valueStart(), xml.valueEnd());
                case 's' -> style = CellReference.number(b, xml.valueStart(), xml.valueEnd());
                case 't' -> type = CellText.type(b, xml.valueStart(), xml.valueEnd());
                default -> {
                    // other attributes (cm, vm, ph) do not change the value shown
                }
            }
        }
        column = at;
        if (column == CellReference.NOT_A_COLUMN) {
            throw workbook.tooWide(sheet, rowNumber);
        }
        // A cell past the limit counts only if it holds a value (endCell): whole-row formatting writes
        // empty styled cells out to column XFD, and such a sheet is no wider than its values.
        if (column > cells.length && column <= maxColumns) {
            cells = Arrays.copyOf(cells, Math.min(maxColumns, Math.max(column, cells.length * 2)));
        }
    }

    private void endCell() throws ImportException {
        inCell = false;
        inValue = false;
        inInline = false;
        if (column > maxColumns) {
            if (valueLength > 0) {
                throw workbook.tooWide(sheet, rowNumber);
            }
            return;
        }
        String shown = text.of(type, style, value, valueLength, rowNumber, column);
        if (!shown.isEmpty()) {
            cells[column - 1] = shown;
            if (column > width) {
                width = column;
            }
        }
    }

    /** The row's cells from column A to its last value (nulls where empty), and a clean slate for the next. */
    private String[] takeRow() {
        String[] row = Arrays.copyOf(cells, width);
        Arrays.fill(cells, 0, width, null);
        width = 0;
        return row;
    }

    private void appendValue(byte[] more, int length) {
        if (valueLength + length > value.length) {
            value = Arrays.copyOf(value, Math.max(value.length * 2, valueLength + length));
        }
        System.arraycopy(more, 0, value, valueLength, length);
        valueLength += length;
    }

    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
