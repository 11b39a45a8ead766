package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.xssf.binary.XSSFBParseException;
import org.apache.poi.xssf.binary.XSSFBSheetHandler;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;

import shelf.api.importer.ImportException;
import shelf.api.importer.RowSink;

/**
 * Reads one sheet of a binary workbook: POI's handler walks the records and hands over each cell's raw
 * value and number format; numbers are shown as this bundle shows them in an .xlsx (15 significant
 * digits, fixed decimals, ISO dates, a foreign currency kept), so the same workbook saved either way
 * imports the same. Merged regions are not spread here: POI's handler does not report them.
 */
final class BinarySheetReader implements XSSFBSheetHandler.XSSFBSheetContentsHandler {
    /** Ends the walk from inside a callback: the sink wants no more rows, or the sheet is refused. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Exception failure;

        Stop(Exception failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** MS-XLSB BrtCellRString, a cell holding its own rich text, which POI's handler passes over. */
    private static final int BRT_CELL_RSTRING = 62;
    /** MS-XLSB BrtRowHdr: a row begins. */
    private static final int BRT_ROW_HDR = 0;
    /** BrtCellBlank … BrtFmlaError: cells that name their column. */
    private static final int FIRST_CELL = 1;
    private static final int LAST_CELL = 11;
    /**
     * BrtShortBlank … BrtShortIsst: the same cells without their column, which is the one after the row's
     * previous cell (written by newer Excel and by other tools such as SheetJS); POI's handler passes them over.
     */
    private static final int FIRST_SHORT = 12;
    private static final int LAST_SHORT = 18;

    private final WorkbookContext workbook;
    private final String sheet;
    private final CellText text;
    private final RowOutput output;
    private final int maxColumns;
    private final Map<Integer, NumberStyle> styles = new HashMap<>();
    private String[] cells = new String[32];
    private int width;
    private int rowNumber;
    /** The 0-based column of the row's last cell record; -1 before the first. */
    private long lastColumn = -1;

    BinarySheetReader(WorkbookContext workbook, String sheet, CellText text, RowSink sink) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.text = text;
        this.maxColumns = workbook.maxColumns();
        this.output = new RowOutput(sink, CompletableFuture.completedFuture(MergedCells.NONE), maxColumns);
    }

    /** Reads the rows into the sink; false when the sink asked to stop reading the file. */
    boolean read(InputStream in, XSSFBStylesTable numberFormats, SharedStrings strings)
            throws IOException, ImportException {
        try {
            new XSSFBSheetHandler(in, numberFormats, null, strings, this, false) {
                @Override
                public void handleRecord(int type, byte[] data) throws XSSFBParseException {
                    if (type == BRT_ROW_HDR) {
                        lastColumn = -1;
                        super.handleRecord(type, data);
                    } else if (type >= FIRST_SHORT && type <= LAST_SHORT) {
                        super.handleRecord(type - FIRST_SHORT + FIRST_CELL, withColumn(lastColumn + 1, data));
                    } else if (type == BRT_CELL_RSTRING) {
                        richTextCell(data);
                    } else {
                        if (type >= FIRST_CELL && type <= LAST_CELL && data.length >= 4) {
                            lastColumn = LittleEndian.getUInt(data, 0);
                        }
                        super.handleRecord(type, data);
                    }
                }

                /** A short cell record as the full one: its column in front. */
                private byte[] withColumn(long column, byte[] shortCell) {
                    lastColumn = column;
                    byte[] full = new byte[shortCell.length + 4];
                    LittleEndian.putUInt(full, 0, column);
                    System.arraycopy(shortCell, 0, full, 4, shortCell.length);
                    return full;
                }
            }.parse();
        } catch (Stop stop) {
            if (stop.failure instanceof ImportException refused) {
                throw refused;
            }
            if (stop.failure instanceof IOException io) {
                throw io;
            }
            return false;
        }
        return output.finish();
    }

    @Override
    public void startRow(int row) {
        rowNumber = row + 1;
    }

    @Override
    public void endRow(int row) {
        if (width == 0) {
            return;
        }
        String[] values = Arrays.copyOf(cells, width);
        Arrays.fill(cells, 0, width, null);
        width = 0;
        boolean more;
        try {
            more = output.row(rowNumber, values);
        } catch (IOException e) {
            throw new Stop(e);
        }
        if (!more) {
            throw new Stop(null);
        }
    }

    @Override
    public void stringCell(String reference, String value, XSSFComment comment) {
        put(column(reference), value == null ? "" : value);
    }

    @Override
    public void doubleCell(String reference, double value, XSSFComment comment, ExcelNumberFormat format) {
        int column = column(reference);
        NumberStyle style = styles.computeIfAbsent(format.getIdx(), index -> NumberStyle.of(index, format.getFormat()));
        byte[] literal = Double.toString(value).getBytes(StandardCharsets.US_ASCII);
        put(column, text.number(style, literal, literal.length, rowNumber, column));
    }

    @Override
    public void booleanCell(String reference, boolean value, XSSFComment comment) {
        put(column(reference), value ? "TRUE" : "FALSE");
    }

    @Override
    public void errorCell(String reference, FormulaError error, XSSFComment comment) {
        int column = column(reference);
        put(column, text.error(error == null ? "#N/A" : error.getString(), rowNumber, column));
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
        // page headers and footers are no cells
    }

    @Override
    public void endSheet() {
        // the last row was ended by the handler
    }

    /** BrtCellRString: the cell (column, style), then RichStr: a flags byte and the text as an XLWideString. */
    private void richTextCell(byte[] data) throws XSSFBParseException {
        if (data.length < 13) {
            throw new XSSFBParseException("a rich text cell record is too short");
        }
        long column = LittleEndian.getUInt(data, 0);
        lastColumn = column;
        long units = LittleEndian.getUInt(data, 9);
        if (column >= Integer.MAX_VALUE || 13 + 2 * units > data.length) {
            throw new XSSFBParseException("a rich text cell record is damaged");
        }
        put((int) column + 1, new String(data, 13, (int) (2 * units), StandardCharsets.UTF_16LE));
    }

    private static int column(String reference) {
        return new CellAddress(reference).getColumn() + 1;
    }

    private void put(int column, String shown) {
        if (shown.isEmpty()) {
            return;
        }
        if (column > maxColumns) {
            throw new Stop(workbook.tooWide(sheet, rowNumber));
        }
        if (column > cells.length) {
            cells = Arrays.copyOf(cells, Math.min(maxColumns, Math.max(column, cells.length * 2)));
        }
        cells[column - 1] = shown;
        width = Math.max(width, column);
    }
}
