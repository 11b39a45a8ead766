package shelf.rules.engine.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.media.ImageInfo;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.MediaRoots;
import shelf.api.media.VideoInfo;
import shelf.api.rules.BatchContext;

/**
 * The headers of a batch's media, each file read once per validation however many rules and products name
 * it. A value that is a URL is not a local file and is left to the channel that fetches it.
 */
final class MediaFiles {
    private static final String KEY = "shelf.core/media-headers";

    /** What one file's header said: its facts, or why it could not be read. */
    record Header(Object info, String problem) {
    }

    private final ConcurrentHashMap<String, Header> headers = new ConcurrentHashMap<>();

    /**
     * The inspector as validation uses it: a stored path that is no longer plain and absolute, or that leads
     * out of the merchant's folder through a symbolic link (a photo swapped for a link since the import,
     * which checked the spreadsheet's folder), is not read; the header problem says why.
     */
    static MediaInspector confined(MediaInspector inspector, MediaRoots roots) {
        if (inspector == null) {
            return null;
        }
        return new MediaInspector() {
            @Override
            public ImageInfo image(Path file) throws MediaException {
                refuseOutside(file, roots);
                return inspector.image(file);
            }

            @Override
            public VideoInfo video(Path file) throws MediaException {
                refuseOutside(file, roots);
                return inspector.video(file);
            }
        };
    }

    private static void refuseOutside(Path file, MediaRoots roots) throws MediaException {
        Optional<String> refused = roots.refusalAtRead(file.toString());
        if (refused.isPresent()) {
            throw new MediaException(file + " " + refused.get());
        }
    }

    static MediaFiles of(BatchContext batch) {
        return batch.shared(KEY, products -> new MediaFiles());
    }

    /** The paths of a field's value: a list of images or one video; URLs left out. */
    static List<String> paths(Object value) {
        List<String> paths = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> add(paths, String.valueOf(v)));
        } else if (value != null) {
            add(paths, String.valueOf(value));
        }
        return paths;
    }

    private static void add(List<String> paths, String value) {
        String text = value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!text.isEmpty() && !lower.startsWith("http://") && !lower.startsWith("https://")) {
            paths.add(text);
        }
    }

    Header image(MediaInspector inspector, String path) {
        return headers.computeIfAbsent("image:" + path, k -> read(() -> inspector.image(Path.of(path))));
    }

    Header video(MediaInspector inspector, String path) {
        return headers.computeIfAbsent("video:" + path, k -> read(() -> inspector.video(Path.of(path))));
    }

    private interface HeaderRead {
        Object read() throws MediaException;
    }

    private static Header read(HeaderRead read) {
        try {
            return new Header(read.read(), null);
        } catch (MediaException e) {
            return new Header(null, e.getMessage());
        } catch (InvalidPathException e) {
            return new Header(null, "not a file path: " + e.getInput());
        } catch (RuntimeException e) {
            return new Header(null, e.toString());
        }
    }

    static ImageInfo imageInfo(Header header) {
        return (ImageInfo) header.info();
    }

    static VideoInfo videoInfo(Header header) {
        return (VideoInfo) header.info();
    }
}
