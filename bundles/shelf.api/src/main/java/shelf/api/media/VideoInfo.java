package shelf.api.media;

import java.time.Duration;

/**
 * What a video's container header says.
 *
 * @param format the container ("mp4", "mov")
 * @param duration how long it plays
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param codec the video track's codec ("avc1", "hvc1")
 * @param bytes the file's size
 */
public record VideoInfo(String format, Duration duration, int width, int height, String codec, long bytes) {
}
