package shelf.image.standard.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes the finished picture: WebP through native libwebp, JPEG through the JDK's encoder with optimised
 * Huffman tables. No metadata is written (no EXIF, no GPS, no camera serial): only the pixels.
 */
final class ImageEncoder {
    private final ImageCodecs codecs;

    ImageEncoder(ImageCodecs codecs) {
        this.codecs = codecs;
    }

    byte[] encode(BufferedImage image, String format, int quality, boolean lossless) throws IOException {
        ImageWriter writer = format.equals("webp") ? webp() : codecs.jpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format.equals("webp")) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[lossless ? 1 : 0]);
            if (!lossless) {
                param.setCompressionQuality(quality / 100f);
            }
        } else {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            if (param instanceof JPEGImageWriteParam jpeg) {
                jpeg.setOptimizeHuffmanTables(true);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private ImageWriter webp() throws IOException {
        if (NativeWebp.failure() != null) {
            throw new IOException("WebP 编码器（libwebp）不可用：" + NativeWebp.failure());
        }
        return codecs.webpWriter();
    }
}
