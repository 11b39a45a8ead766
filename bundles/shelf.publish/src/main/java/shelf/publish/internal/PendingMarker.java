package shelf.publish.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SHELF_HOME/data/publishing.pending: there while jobs may be waiting, so a start after a stop or a kill -9
 * brings the engine up to resume them (see PublishResumer) without opening the catalogue at every start.
 * Written when jobs are queued; removed when the engine starts or stops with nothing left to do.
 */
final class PendingMarker {
    private static final System.Logger LOG = System.getLogger(PendingMarker.class.getName());

    private final Path file;

    PendingMarker(Path file) {
        this.file = file;
    }

    static Path in(Path home) {
        return home.resolve("data").resolve("publishing.pending");
    }

    void set() {
        if (file != null && !Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "publishing jobs may be waiting; Shelf resumes them at start\n");
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot write " + file + ": jobs are resumed at the next publish command", e);
            }
        }
    }

    void clear() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove " + file, e);
            }
        }
    }
}
