package shelf.api.media;

/**
 * What an image's header says.
 *
 * @param format the format's short name, lower case ("jpeg", "png", "webp", "gif", "bmp", "tiff")
 * @param width width in pixels, as displayed (after the EXIF orientation)
 * @param height height in pixels, as displayed
 * @param bytes the file's size
 * @param colorSpace "rgb", "gray", "cmyk" or "ycck"
 * @param exifOrientation the EXIF orientation (1–8), 1 when absent
 */
public record ImageInfo(String format, int width, int height, long bytes, String colorSpace, int exifOrientation) {
}
