package shelf.image.standard.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.media.ImageInfo;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.VideoInfo;

/** Image and video facts from headers only: what rule packs' "image" and "video" checks ask thousands of times. */
@Component(service = MediaInspector.class)
public class HeaderInspector implements MediaInspector {
    @Reference
    ImageCodecs codecs;

    private ImageHeaders headers;

    @Activate
    public void activate() {
        headers = new ImageHeaders(codecs);
    }

    @Override
    public ImageInfo image(Path file) throws MediaException {
        return headers.read(file).info();
    }

    @Override
    public VideoInfo video(Path file) throws MediaException {
        return VideoHeaders.read(file);
    }
}
