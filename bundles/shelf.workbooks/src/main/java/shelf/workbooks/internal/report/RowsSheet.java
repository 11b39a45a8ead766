package shelf.workbooks.internal.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import shelf.api.importer.RowSink;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * Receives the merchant's rows from an importer and writes each at the same row and column it had, so the
 * merchant finds "row 17, column N" where it was; the cells findings name get their fill as they pass, and
 * the first {@link #MAX_NOTES} of them a note once the rows are written ({@link #addNotes}: POI keeps notes
 * apart from the rows, so a note can come after its row has left memory). Rows stream through: SXSSF keeps a
 * window of rows in memory and flushes the rest to disk.
 */
final class RowsSheet implements RowSink {
    private static final String AUTHOR = "Shelf";
    /**
     * Notes a report carries at most. POI's streaming sheet keeps every note (and its drawing shape) in memory
     * until the end, a few KB each (20,000 need about 100 MB); 10,000 leave the runtime's 256 MB room for
     * everything else. Cells past that are still highlighted, and every finding stays in the summary's list —
     * no one reads ten thousand notes one by one anyway.
     */
    static final int MAX_NOTES = 10_000;

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private final FindingPlacement placement;
    private final Drawing<?> drawing;
    private final CreationHelper helper;
    /** the cells that get a note ({@link FindingPlacement#key}), in row order */
    private final Set<Long> noteCells = new LinkedHashSet<>();
    private boolean sheetStarted;
    private int rows;
    private final int maxNotes;
    private int cells;
    private int withoutNote;

    RowsSheet(SXSSFSheet sheet, ReportStyles styles, FindingPlacement placement, int maxNotes) {
        this.maxNotes = maxNotes;
        this.sheet = sheet;
        this.styles = styles;
        this.placement = placement;
        this.drawing = sheet.createDrawingPatriarch();
        this.helper = sheet.getWorkbook().getCreationHelper();
        sheet.setDefaultColumnWidth(14);
    }

    /** The first sheet the importer offers is the batch's (it was asked for that sheet only); others are skipped. */
    @Override
    public boolean startSheet(String name) {
        if (sheetStarted) {
            return false;
        }
        sheetStarted = true;
        return true;
    }

    @Override
    public boolean row(int row, List<String> values) {
        placement.lookForProducts(row, values);
        SortedMap<Integer, TreeMap<Integer, Severity>> marks = placement.takeUpTo(row);
        // rows a finding names that the file no longer has (it changed since the import): marked empty
        marks.headMap(row).forEach((r, m) -> write(r, List.of(), m));
        write(row, values, marks.get(row));
        return true;
    }

    @Override
    public void cellError(int row, int column, String raw, String reason) {
        // the row still comes, with the cell as far as it could be read: the report shows that, as the import did
    }

    @Override
    public void progress(long done, long total) {
    }

    /** After the importer has read the file: the marks of rows past its end. */
    void finish() {
        placement.lookForProducts(Integer.MAX_VALUE, List.of());
        placement.takeUpTo(Integer.MAX_VALUE).forEach((r, m) -> write(r, List.of(), m));
    }

    int rows() {
        return rows;
    }

    /** Highlighted cells left without a note, past {@link #MAX_NOTES}. */
    int withoutNote() {
        return withoutNote;
    }

    int cells() {
        return cells;
    }

    /** Whether the cell ({@link FindingPlacement#key}) gets a note. */
    boolean noted(long cell) {
        return noteCells.contains(cell);
    }

    /** The notes of the cells that get one, each with the findings on that cell in the order the summary lists them. */
    void addNotes(Map<Long, List<Finding>> findingsByCell) {
        for (long cell : noteCells) {
            List<Finding> findings = findingsByCell.get(cell);
            if (findings != null) {
                note(findings, FindingPlacement.row(cell), FindingPlacement.column(cell));
            }
        }
    }

    private void write(int rowNumber, List<String> values, TreeMap<Integer, Severity> marks) {
        Row row = sheet.createRow(rowNumber - 1);
        rows++;
        int last = Math.max(values.size(), marks == null ? 0 : marks.lastKey());
        for (int column = 1; column <= last; column++) {
            String value = column <= values.size() ? values.get(column - 1) : "";
            Severity worst = marks == null ? null : marks.get(column);
            if (value.isEmpty() && worst == null) {
                continue;
            }
            Cell cell = row.createCell(column - 1);
            TextCells.write(cell, value, styles, worst);
            if (worst != null) {
                if (cells < maxNotes) {
                    noteCells.add(FindingPlacement.key(rowNumber, column));
                } else {
                    withoutNote++;
                }
                cells++;
            }
        }
    }

    private void note(List<Finding> findings, int row, int column) {
        String text = Notes.text(findings, row, column);
        int lines = (int) text.lines().count();
        // a box wide and tall enough for its text, beside the cell, as Excel sizes a note
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(row - 1);
        anchor.setRow2(row - 1 + Math.min(2 + lines * 2, 20));
        Comment comment = drawing.createCellComment(anchor);
        // the note belongs to its cell, not to the box's corner, which is where POI's streaming sheet leaves it
        comment.setAddress(row - 1, column - 1);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
    }
}
