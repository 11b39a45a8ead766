package shelf.api.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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
    private static final List<String> KEYS = List.of("folder");

    /**
     * The media folder of the home {@code home}.
     *
     * @throws IllegalStateException when etc/media.properties cannot be read, has a key other than folder, or
     *     names a folder that does not exist or this user may not write to; the message names the file and line
     */
    public static MediaFolder of(Path home) {
        Path file = home.resolve("etc").resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new MediaFolder(home.resolve("media").toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Path folder = home.resolve("media");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            String where = file + " line " + (i + 1);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalStateException(where + ": '" + key + "' is not a media setting; write folder = "
                        + "/path/of/the/shared/media/folder");
            }
            String value = line.substring(eq + 1).strip();
            try {
                folder = home.resolve(value);
            } catch (InvalidPathException e) {
                throw new IllegalStateException(where + ": '" + value + "' is not a folder's path", e);
            }
            if (value.isEmpty() || !Files.isDirectory(folder)) {
                throw new IllegalStateException(where + ": the media folder " + (value.isEmpty() ? "is empty" : folder
                        + " does not exist") + " — create it (on a disk every node mounts) or correct the path");
            }
            if (!Files.isWritable(folder)) {
                throw new IllegalStateException(where + ": the media folder " + folder + " is not writable by "
                        + System.getProperty("user.name") + " — give this user write access or correct the path");
            }
        }
        return new MediaFolder(folder.toAbsolutePath().normalize());
    }
}
