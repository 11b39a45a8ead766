package shelf.importing.internal.command;

import shelf.api.importer.ImportProgress;
import shelf.api.shell.Progress;

/**
 * Turns an import's "done of total" into the steps a progress bar adds up. The bar counts the file's bytes,
 * while an importer counts in its own units — the xlsx importer in bytes of the unzipped sheet, often ten
 * times the file — so the importer's share done is shown as that share of the file.
 */
final class ProgressAdvance implements ImportProgress {
    private final Progress bar;
    private final long fileSize;
    private long shown;

    /** @param fileSize the bar's total, or a negative number when unknown (the importer's units are shown) */
    ProgressAdvance(Progress bar, long fileSize) {
        this.bar = bar;
        this.fileSize = fileSize;
    }

    @Override
    public void progress(long done, long total) {
        long at = fileSize < 0 || total <= 0 ? done : Math.round(fileSize * Math.min(1.0, (double) done / total));
        if (at > shown) {
            bar.advance(at - shown);
            shown = at;
        }
    }
}
