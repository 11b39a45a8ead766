package shelf.image.standard.internal;

import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

import shelf.api.media.ImageInfo;

/**
 * Reads what an image is from its header only: JPEG segments up to the first scan (Commons Imaging: size,
 * colour type, EXIF orientation), other formats through their ImageIO reader's header methods.
 */
final class ImageHeaders {

    /**
     * @param info what the header says, width and height as displayed
     * @param rawWidth the stored width, before the EXIF orientation
     * @param rawHeight the stored height
     */
    record Header(ImageInfo info, int rawWidth, int rawHeight) {
        long pixels() {
            return (long) rawWidth * rawHeight;
        }
    }

    private final ImageCodecs codecs;

    ImageHeaders(ImageCodecs codecs) {
        this.codecs = codecs;
    }

    Header read(Path file) throws ImageFailure {
        String name = String.valueOf(file.getFileName());
        long bytes;
        FormatSniffer.Sniffed sniffed;
        try {
            bytes = Files.size(file);
            if (Files.isDirectory(file)) {
                throw new ImageFailure(ImageProblem.NOT_IMAGE, name, "（是一个文件夹）");
            }
            if (bytes == 0) {
                throw new ImageFailure(ImageProblem.EMPTY, name);
            }
            sniffed = FormatSniffer.sniff(file);
        } catch (NoSuchFileException missing) {
            throw new ImageFailure(ImageProblem.MISSING, name);
        } catch (IOException unreadable) {
            throw new ImageFailure(ImageProblem.UNREADABLE, name, unreadable.getMessage());
        }
        if (!sniffed.image()) {
            throw new ImageFailure(ImageProblem.NOT_IMAGE, name,
                    sniffed.format().isEmpty() ? "" : "（是 " + sniffed.format().toUpperCase(java.util.Locale.ROOT) + " 文件）");
        }
        if (!sniffed.supported()) {
            throw new ImageFailure(ImageProblem.UNSUPPORTED, name, sniffed.format().toUpperCase(java.util.Locale.ROOT));
        }
        try {
            if (sniffed.format().equals("png")) {
                PngChunks.requireIntactHeader(file);
            }
            return sniffed.format().equals("jpeg") ? jpeg(file, bytes) : other(file, sniffed.format(), bytes);
        } catch (ImageFailure failure) {
            throw failure;
        } catch (EOFException | IndexOutOfBoundsException truncated) {
            throw new ImageFailure(ImageProblem.TRUNCATED, name, "读到图片尺寸之前文件就结束了");
        } catch (IOException | RuntimeException broken) {
            if (sniffed.format().equals("jpeg") && endsBeforeFrame(file)) {
                throw new ImageFailure(ImageProblem.TRUNCATED, name, "读到图片尺寸之前文件就结束了");
            }
            if (String.valueOf(broken.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("end of")
                    || String.valueOf(broken.getMessage()).contains("EOF")) {
                throw new ImageFailure(ImageProblem.TRUNCATED, name, "读到图片尺寸之前文件就结束了");
            }
            throw new ImageFailure(ImageProblem.UNREADABLE, name, "文件头损坏：" + broken.getMessage());
        }
    }

    /** Whether walking the JPEG's segments runs off the end of the file before the frame header (SOFn). */
    private static boolean endsBeforeFrame(Path file) {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(2);
            while (true) {
                int ff = in.readUnsignedByte();
                int marker = in.readUnsignedByte();
                if (ff != 0xFF) {
                    return false; // not truncated: damaged
                }
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return false;
                }
                in.skipNBytes(in.readUnsignedShort() - 2);
            }
        } catch (EOFException end) {
            return true;
        } catch (IOException | RuntimeException other) {
            return false;
        }
    }

    /** The JPEG's frame header (SOFn): sample precision in bits and number of components; null when unreadable. */
    private record Frame(int precision, int components) {
        static Frame of(Path file) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                in.skipNBytes(2);
                while (true) {
                    in.readUnsignedByte();
                    int marker = in.readUnsignedByte();
                    int length = in.readUnsignedShort();
                    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                        int precision = in.readUnsignedByte();
                        in.skipNBytes(4);
                        return new Frame(precision, in.readUnsignedByte());
                    }
                    in.skipNBytes(length - 2);
                }
            } catch (IOException | RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static Header jpeg(Path file, long bytes) throws IOException, ImageFailure {
        Frame frame = Frame.of(file);
        if (frame != null && frame.precision() != 8) {
            // 12-bit JPEGs are valid (ITU T.81) but no decoder here reads them: say so rather than "damaged"
            throw new ImageFailure(ImageProblem.PRECISION, String.valueOf(file.getFileName()), frame.precision());
        }
        org.apache.commons.imaging.ImageInfo info = Imaging.getImageInfo(file.toFile());
        String colorSpace = switch (info.getColorType()) {
            case CMYK -> "cmyk";
            case YCCK -> "ycck";
            case GRAYSCALE, BW -> "gray";
            default -> "rgb";
        };
        if (colorSpace.equals("rgb") && frame != null && frame.components() == 4) {
            colorSpace = "cmyk"; // four channels without an Adobe marker: print CMYK, whatever the tag says
        }
        int orientation = orientation(file);
        return header("jpeg", info.getWidth(), info.getHeight(), bytes, colorSpace, orientation);
    }

    private static int orientation(Path file) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(file.toFile());
            if (metadata instanceof JpegImageMetadata jpeg && jpeg.getExif() != null) {
                TiffField field = jpeg.getExif().findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int value = field.getIntValue();
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IOException | RuntimeException unreadableExif) {
            // a broken EXIF block does not make the pixels unreadable: shown as stored
        }
        return 1;
    }

    private Header other(Path file, String format, long bytes) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = codecs.reader(format);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return header(format, width, height, bytes, colorSpace(reader), 1);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String colorSpace(ImageReader reader) {
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if (types.hasNext()) {
                ColorModel model = types.next().getColorModel();
                return switch (model.getColorSpace().getType()) {
                    case ColorSpace.TYPE_CMYK -> "cmyk";
                    case ColorSpace.TYPE_GRAY -> "gray";
                    default -> "rgb";
                };
            }
        } catch (IOException | RuntimeException unknown) {
            // the size is known; the colour space is found when decoding
        }
        return "rgb";
    }

    private static Header header(String format, int width, int height, long bytes, String colorSpace, int orientation) {
        if (width <= 0 || height <= 0) {
            throw new IllegalStateException("size " + width + "×" + height);
        }
        boolean turned = orientation >= 5;
        ImageInfo info = new ImageInfo(format, turned ? height : width, turned ? width : height, bytes, colorSpace,
                orientation);
        return new Header(info, width, height);
    }
}
