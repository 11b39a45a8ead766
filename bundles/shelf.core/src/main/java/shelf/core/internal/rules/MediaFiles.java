package shelf.core.internal.rules;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.media.ImageInfo;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
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
