package shelf.shell.internal.catalog;

import shelf.api.importer.ImportProgress;
import shelf.api.shell.Progress;

/** Turns an import's "done of total bytes" into the steps a progress bar adds up. */
final class ProgressAdvance implements ImportProgress {
    private final Progress bar;
    private long shown;

    ProgressAdvance(Progress bar) {
        this.bar = bar;
    }

    @Override
    public void progress(long done, long total) {
        if (done > shown) {
            bar.advance(done - shown);
            shown = done;
        }
    }
}
