package shelf.importer.xlsx.internal;

import shelf.api.importer.RowSink;

/** Progress over all the sheets being read, in bytes of their parts, told to the sink every megabyte or so. */
final class Progress {
    private static final long STEP = 1 << 20;

    private final RowSink sink;
    private final long total;
    private long before;
    private long told;

    Progress(RowSink sink, long total) {
        this.sink = sink;
        this.total = total;
    }

    /** Bytes read so far of the current sheet. */
    void at(long consumed) {
        long done = before + consumed;
        if (done - told >= STEP) {
            told = done;
            sink.progress(done, Math.max(total, done));
        }
    }

    /** The current sheet is finished; its size counts as done. */
    void sheetDone(long size) {
        before += size;
        told = before;
        sink.progress(before, Math.max(total, before));
    }
}
