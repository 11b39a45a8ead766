package shelf.api.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the media files a merchant's spreadsheet names may be read from: the spreadsheet's own folder, and
 * the folders of the framework property {@value #PROPERTY} (comma-separated absolute paths, set in
 * SHELF_HOME/etc/shelf.properties: {@code shelf.media.roots=/srv/photos,/mnt/share}). A path that leaves
 * them — {@code ../../private.png}, an absolute path elsewhere, a symbolic link pointing out — is refused,
 * so a spreadsheet from outside cannot make Shelf read, process and upload any file its user can read.
 * URLs are not files and are not concerned.
 *
 * @param roots the configured media roots, absolute and normalized
 * @since 1.2
 */
public record MediaRoots(List<Path> roots) {
    /** The framework property that lists the media roots. */
    public static final String PROPERTY = "shelf.media.roots";

    public MediaRoots {
        roots = List.copyOf(roots);
    }

    /** The roots of the property's value (null or blank: none); relative entries are left out. */
    public static MediaRoots parse(String value) {
        List<Path> roots = new ArrayList<>();
        if (value != null) {
            for (String entry : value.split(",")) {
                try {
                    Path root = Path.of(entry.strip());
                    if (!entry.isBlank() && root.isAbsolute()) {
                        roots.add(root.normalize());
                    }
                } catch (InvalidPathException e) {
                    // not a path: nothing is allowed through it
                }
            }
        }
        return new MediaRoots(roots);
    }

    /**
     * At import: why the spreadsheet in {@code folder} may not name {@code file} (absolute, resolved against
     * the folder), or empty when it may. A file that does not exist yet is judged by its path alone.
     */
    public Optional<String> refusalAtImport(Path file, Path folder) {
        Path path = file.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        if (underRoot(path)) {
            return Optional.empty();
        }
        if (!path.startsWith(base)) {
            return Optional.of("is outside the spreadsheet's folder " + base + " — " + remedy());
        }
        Optional<Path> real = real(path);
        Optional<Path> realBase = real(base);
        if (real.isPresent() && realBase.isPresent() && !real.get().startsWith(realBase.get())) {
            return Optional.of("leads out of the spreadsheet's folder " + base + " through a symbolic link (to "
                    + real.get() + ") — " + remedy());
        }
        return Optional.empty();
    }

    /**
     * When a stored media path is read (validation, image processing): why it may not be, or empty. The
     * spreadsheet's folder was checked at import; here the path must still be absolute and plain, and no
     * symbolic link on it may lead out of the folder that holds the link — a file swapped for a link since.
     */
    public Optional<String> refusalAtRead(String stored) {
        Path path;
        try {
            path = Path.of(stored);
        } catch (InvalidPathException e) {
            return Optional.of("is not a file path");
        }
        if (!path.isAbsolute() || !path.normalize().equals(path)) {
            return Optional.of("is not an absolute path inside the spreadsheet's folder — import the spreadsheet again");
        }
        if (underRoot(path)) {
            return Optional.empty();
        }
        for (Path link = path; link.getParent() != null; link = link.getParent()) {
            if (!Files.isSymbolicLink(link)) {
                continue;
            }
            Optional<Path> target = real(link);
            Optional<Path> holder = real(link.getParent());
            if (target.isPresent() && holder.isPresent() && !target.get().startsWith(holder.get())) {
                return Optional.of("leads out of its folder through the symbolic link " + link + " (to " + target.get()
                        + ") — " + remedy());
            }
        }
        return Optional.empty();
    }

    /** Whether the file lies under a configured root: where its links lead, or its path while it does not exist. */
    private boolean underRoot(Path path) {
        Optional<Path> real = real(path);
        for (Path root : roots) {
            if (real.isEmpty() ? path.startsWith(root) : real(root).filter(real.get()::startsWith).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private String remedy() {
        return "media files are read only from the spreadsheet's folder" + (roots.isEmpty() ? ""
                : " and " + String.join(", ", roots.stream().map(Path::toString).toList()))
                + "; to allow another folder add it to " + PROPERTY + " in etc/shelf.properties";
    }

    /** The path with every link resolved, or empty when it does not exist (then reading it fails on its own). */
    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
