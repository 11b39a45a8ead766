package shelf.api.importer;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one kind of file as rows of cells, streaming: memory stays bounded whatever the file's size.
 * Registered with the service property {@value #FORMAT} naming the format ("xlsx", "csv"); the core asks
 * every importer, highest service.ranking first, and uses the first that {@link #accepts} the file.
 */
@ConsumerType
public interface Importer {
    /** Service property: the format's short name. */
    String FORMAT = "shelf.importer";

    /** Whether this importer reads the file, judged by its name and first bytes. Never throws. */
    boolean accepts(Path file);

    /**
     * Reads the file and hands every row of every sheet (or of {@link ReadOptions#sheet()} only) to the
     * sink, in order.
     *
     * @throws ImportException when the file cannot be read at all (corrupt, encrypted, not what its name
     *     says, over a safety limit); the message names the file and, where known, the row and column
     */
    void read(Path file, ReadOptions options, RowSink sink) throws ImportException;
}
