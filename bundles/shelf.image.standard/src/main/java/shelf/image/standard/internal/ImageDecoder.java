package shelf.image.standard.internal;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image whose header was read, at a reduced scale when the target is much smaller: every n-th
 * pixel of every n-th row (ImageReadParam source subsampling), chosen so at least 1.5 times the target's
 * width and height remain for the area-averaging resampler to work from. A truncated file is refused rather than shown with
 * a grey bottom half, which is what ImageIO's JPEG reader does with a warning.
 */
final class ImageDecoder {
    private final ImageCodecs codecs;

    ImageDecoder(ImageCodecs codecs) {
        this.codecs = codecs;
    }

    /**
     * Every n-th pixel keeps at least 1.5× the target: n = floor(shrink / 1.5), 1 below a 3× shrink. (A 2400
     * photo for 800 is decoded at 1200 and averaged down: half the decoding work of the full size, and the
     * output measured no larger and no softer-looking than libvips' shrink-on-load and Lanczos.)
     */
    static int subsampling(double shrink) {
        return shrink >= 3 ? (int) Math.floor(shrink / 1.5) : 1;
    }

    static long decodedPixels(ImageHeaders.Header header, int subsampling) {
        long w = (header.rawWidth() + subsampling - 1) / subsampling;
        long h = (header.rawHeight() + subsampling - 1) / subsampling;
        return w * h;
    }

    BufferedImage decode(Path file, ImageHeaders.Header header, int subsampling) throws ImageFailure {
        String name = String.valueOf(file.getFileName());
        List<String> warnings = new ArrayList<>();
        try {
            if (header.info().format().equals("png")) {
                PngChunks.requireIntact(file);
            }
        } catch (EOFException early) {
            throw new ImageFailure(ImageProblem.TRUNCATED, name, "图像数据没有读完文件就结束了");
        } catch (IOException unreadable) {
            throw new ImageFailure(ImageProblem.UNREADABLE, name, unreadable.getMessage());
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = codecs.reader(header.info().format());
            try {
                reader.addIIOReadWarningListener(new Collect(warnings));
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) {
                    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                String truncated = truncation(warnings);
                if (truncated != null) {
                    throw new ImageFailure(ImageProblem.TRUNCATED, name, truncated);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (ImageFailure failure) {
            throw failure;
        } catch (EOFException | IndexOutOfBoundsException early) {
            throw new ImageFailure(ImageProblem.TRUNCATED, name, "图像数据没有读完文件就结束了");
        } catch (OutOfMemoryError memory) {
            throw new ImageFailure(ImageProblem.UNREADABLE, name, "内存不足，图片过大");
        } catch (IOException | RuntimeException broken) {
            String message = String.valueOf(broken.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("premature") || lower.contains("end of") || lower.contains("eof")
                    || lower.contains("unexpected end") || lower.contains("truncat")) {
                throw new ImageFailure(ImageProblem.TRUNCATED, name, "图像数据没有读完文件就结束了");
            }
            throw new ImageFailure(ImageProblem.UNREADABLE, name, "图像数据损坏：" + message);
        }
    }

    /** Why the reader's warnings mean the pixels are incomplete, or {@code null} when they do not. */
    private static String truncation(List<String> warnings) {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncat") || lower.contains("eof")
                    || lower.contains("corrupt")) {
                return "图像数据没有读完文件就结束了";
            }
        }
        return null;
    }

    private record Collect(List<String> warnings) implements IIOReadWarningListener {
        @Override
        public void warningOccurred(ImageReader source, String warning) {
            warnings.add(warning);
        }
    }
}
