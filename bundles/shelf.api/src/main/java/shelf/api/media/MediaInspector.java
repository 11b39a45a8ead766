package shelf.api.media;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads what an image or video is from its header, never decoding the pixels or frames, so rule packs can
 * check thousands of files per second. Thread-safe.
 */
@ProviderType
public interface MediaInspector {

    /**
     * The image's format and size from its header.
     *
     * @throws MediaException when the file is missing, empty, truncated before its size, not an image, or in
     *     a format no reader knows; the message names the file
     */
    ImageInfo image(Path file) throws MediaException;

    /**
     * The video's duration, size and codec from its container's header (MP4, MOV).
     *
     * @throws MediaException when the file is missing, not a video, or its header cannot be read
     */
    VideoInfo video(Path file) throws MediaException;
}
