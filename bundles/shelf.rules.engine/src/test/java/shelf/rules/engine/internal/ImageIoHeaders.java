package shelf.rules.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import shelf.api.media.ImageInfo;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.VideoInfo;

/**
 * Image headers through the JDK's own ImageIO readers (width and height without decoding pixels), for the
 * engine's tests and benchmark outside the framework, where the media bundle is not installed.
 */
final class ImageIoHeaders implements MediaInspector {

    @Override
    public ImageInfo image(Path file) throws MediaException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new MediaException(file + " is not an image ImageIO reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new ImageInfo(reader.getFormatName().toLowerCase(java.util.Locale.ROOT), reader.getWidth(0),
                        reader.getHeight(0), Files.size(file), "rgb", 1);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new MediaException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public VideoInfo video(Path file) throws MediaException {
        throw new MediaException(file + ": videos are not read here");
    }
}
