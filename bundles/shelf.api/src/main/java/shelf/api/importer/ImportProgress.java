package shelf.api.importer;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far an import has got; for progress bars. */
@ConsumerType
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} bytes read; total may be 0 when unknown. */
    void progress(long done, long total);
}
