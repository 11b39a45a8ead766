package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import shelf.api.importer.RowSink;

/**
 * Hands a sheet's rows to the sink with merged values spread. The merged regions are found by a pass
 * over the sheet that runs beside the main one (on the second core); rows read before that pass is
 * done wait here, a bounded number of them, so the main pass never waits for it at the start.
 */
final class RowOutput {
    /** Rows held while the merged regions are not known yet; past this the reader waits for them. */
    private static final int MAX_WAITING = 20_000;

    private final RowSink sink;
    private final Future<MergedCells> pending;
    private final int maxColumns;
    private MergedCells merged;
    private final List<String[]> waiting = new ArrayList<>();
    private final List<Integer> waitingNumbers = new ArrayList<>();
    private int lastRow;

    RowOutput(RowSink sink, Future<MergedCells> pending, int maxColumns) {
        this.sink = sink;
        this.pending = pending;
        this.maxColumns = maxColumns;
    }

    /** A row that has at least one value; empty cells may be null. False when the sink wants no more. */
    boolean row(int number, String[] cells) throws IOException {
        if (merged == null && pending.isDone()) {
            if (!resolve()) {
                return false;
            }
        }
        if (merged == null) {
            waiting.add(cells);
            waitingNumbers.add(number);
            return waiting.size() < MAX_WAITING || resolve();
        }
        return spread(number, cells);
    }

    /** The sheet is read: rows still waiting for the merged regions are delivered. */
    boolean finish() throws IOException {
        return merged != null || resolve();
    }

    private boolean resolve() throws IOException {
        try {
            merged = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading merged cells");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
        for (int i = 0; i < waiting.size(); i++) {
            if (!spread(waitingNumbers.get(i), waiting.get(i))) {
                return false;
            }
        }
        waiting.clear();
        waitingNumbers.clear();
        return true;
    }

    private boolean spread(int number, String[] cells) {
        if (merged.isEmpty()) {
            return deliver(number, cells);
        }
        for (int gap = lastRow + 1; lastRow > 0 && gap < number; gap++) {
            // rows missing from the file but inside a merged region show its value too
            merged.startRow(gap);
            if (merged.coveredThrough(gap) < gap) {
                break;
            }
            if (!deliver(gap, merged.fill(gap, new String[0], maxColumns))) {
                return false;
            }
        }
        lastRow = number;
        merged.startRow(number);
        return deliver(number, merged.fill(number, cells, maxColumns));
    }

    private boolean deliver(int number, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                cells[i] = "";
            }
        }
        return sink.row(number, Collections.unmodifiableList(Arrays.asList(cells)));
    }
}
