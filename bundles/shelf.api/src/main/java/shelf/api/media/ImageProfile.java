package shelf.api.media;

import java.util.Objects;

/**
 * A target an image is processed to: size, fit, format and compression. Profiles are JSON files
 * (SHELF_HOME/etc/images/*.json, or shipped in a bundle) named by {@code name}.
 *
 * @param name the name operators type ("main", "detail", "taobao-main")
 * @param description one line for images:profiles
 * @param role main or detail image
 * @param width the target width in pixels
 * @param height the target height in pixels; 0 with {@link ImageFit#WIDTH}
 * @param fit how the image is brought to the size
 * @param format "webp" or "jpeg"
 * @param quality lossy quality, 1–100
 * @param lossless WebP only: lossless instead of lossy
 * @param maxBytes the byte budget of one output; 0 when there is none. Over it, the quality is lowered step by
 *     step until the file fits.
 */
public record ImageProfile(String name, String description, ImageRole role, int width, int height, ImageFit fit,
        String format, int quality, boolean lossless, long maxBytes) {

    public ImageProfile {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(format, "format");
    }

    /** The same profile with another description. */
    public ImageProfile withDescription(String text) {
        return new ImageProfile(name, text, role, width, height, fit, format, quality, lossless, maxBytes);
    }
}
