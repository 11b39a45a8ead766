package shelf.api.shell;

import org.osgi.annotation.versioning.ProviderType;

/** One running progress bar; close it when the work is done, also on failure. */
@ProviderType
public interface Progress extends AutoCloseable {
    /** Adds {@code units} of finished work. Cheap: call it as often as needed. */
    void advance(long units);

    /** Removes the bar from the terminal. */
    @Override
    void close();
}
