package shelf.api.media;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a merchant's image into a profile's size and format, and checks it the way a buyer would look at it.
 * A plugin registers one as a service; the one with the highest service.ranking that reads the format is
 * used. Thread-safe: batches are processed on all cores at once.
 */
@ConsumerType
public interface ImageProcessor {

    /** Whether this processor reads images of this format ({@link ImageInfo#format()}: "jpeg", "png", …). */
    boolean reads(String format);

    /**
     * Decodes, normalises (EXIF orientation, sRGB, transparency on white), resizes and encodes one image.
     * Never throws for bad input: a file that cannot be processed gives an output without data and a finding
     * saying why (image.unreadable, image.too-large, image.unsupported, …).
     */
    ImageOutput process(Path source, ImageProfile profile);

    /**
     * Checks one image for a profile without storing anything: the findings {@link #process} would give, and
     * no data.
     */
    ImageOutput inspect(Path source, ImageProfile profile);
}
