package shelf.image.standard.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

import shelf.api.media.MediaFolder;
import shelf.api.runtime.ShelfHome;

/**
 * The media store in the folder SHELF_HOME/etc/media.properties names (SHELF_HOME/media without it), found on
 * first use and kept: a folder that is missing or not writable is told to whoever processes or publishes
 * images, with the file and line, and looked for again next time, so mounting it needs no restart.
 */
final class ConfiguredMedia {
    private final Path home;
    private volatile MediaStore store;

    private ConfiguredMedia(Path home, MediaStore store) {
        this.home = home;
        this.store = store;
    }

    static ConfiguredMedia of(BundleContext context) {
        return new ConfiguredMedia(ShelfHome.of(context), null);
    }

    /** For tests and the benchmark: a store in {@code root}, whatever the settings. */
    static ConfiguredMedia at(Path root) {
        return new ConfiguredMedia(null, new MediaStore(root));
    }

    /** @throws IllegalStateException when the configured folder cannot be used; the message says why and where */
    MediaStore store() {
        MediaStore known = store;
        if (known == null) {
            known = new MediaStore(MediaFolder.of(home).path());
            store = known;
        }
        return known;
    }
}
