package shelf.api.media;

import java.util.List;

import shelf.api.finding.Finding;

/**
 * What processing one image for one profile gave.
 *
 * @param source facts about the source image, or {@code null} when it could not be read
 * @param data the encoded output, metadata stripped; empty when the image could not be processed
 * @param format the output's format ("webp", "jpeg")
 * @param width the output's width in pixels
 * @param height the output's height in pixels
 * @param quality the quality the output was encoded at (below the profile's when a byte budget lowered it)
 * @param findings what a buyer would find poor, and why nothing was made when {@code data} is empty; the
 *     findings name no product (merchant, SPU and field are filled by whoever knows them)
 */
public record ImageOutput(ImageInfo source, byte[] data, String format, int width, int height, int quality,
        List<Finding> findings) {

    public ImageOutput {
        data = data == null ? new byte[0] : data;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether an output was made. */
    public boolean ok() {
        return data.length > 0;
    }
}
