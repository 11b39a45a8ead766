package shelf.api.media;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import shelf.api.settings.SettingsFile;

/**
 * Where processed images and the batches' image reports are written: SHELF_HOME/media, or the folder that
 * SHELF_HOME/etc/media.properties names, so that the nodes of a team, each with its own home, share one
 * folder (a disk every machine mounts) as they share one catalogue:
 *
 * <pre>
 * folder = /srv/shelf-media
 * </pre>
 *
 * A relative path is taken from SHELF_HOME. The folder must exist and be writable: Shelf does not create a
 * shared folder that is missing, because a mount that failed would otherwise fill the local disk unnoticed.
 *
 * @param path the media folder, absolute and normalized
 * @since 2.2
 */
public record MediaFolder(Path path) {
    /** The settings file, in SHELF_HOME/etc. */
    public static final String FILE = "media.properties";

    /**
     * The media folder of the home {@code home}.
     *
     * @throws IllegalStateException when etc/media.properties cannot be read, has a key other than folder, or
     *     names a folder that does not exist or this user may not write to; the message names the file and line
     */
    public static MediaFolder of(Path home) {
        Optional<SettingsFile> settings = SettingsFile.read(home.resolve("etc").resolve(FILE), List.of("folder"),
                "is not a media setting; write folder = /path/of/the/shared/media/folder");
        Optional<String> value = settings.flatMap(file -> file.value("folder"));
        if (value.isEmpty()) {
            return new MediaFolder(home.resolve("media").toAbsolutePath().normalize());
        }
        String where = settings.get().where("folder");
        Path folder;
        try {
            folder = home.resolve(value.get());
        } catch (InvalidPathException e) {
            throw new IllegalStateException(where + ": '" + value.get() + "' is not a folder's path", e);
        }
        if (value.get().isEmpty() || !Files.isDirectory(folder)) {
            throw new IllegalStateException(where + ": the media folder " + (value.get().isEmpty() ? "is empty" : folder
                    + " does not exist") + " — create it (on a disk every node mounts) or correct the path");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalStateException(where + ": the media folder " + folder + " is not writable by "
                    + System.getProperty("user.name") + " — give this user write access or correct the path");
        }
        return new MediaFolder(folder.toAbsolutePath().normalize());
    }
}
