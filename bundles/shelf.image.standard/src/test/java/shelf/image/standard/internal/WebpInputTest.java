package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageInfo;
import shelf.api.media.ImageOutput;
import shelf.image.standard.bench.BenchmarkPhotos;

/** Merchants' WebP photos as other encoders write them, read the way libwebp's own dwebp reads them. */
class WebpInputTest {
    private static final StandardImageProcessor PROCESSOR = Fixtures.processor();

    @TempDir
    Path dir;

    @Test
    void aOneColourLosslessWebpWithoutAPaletteIsAnImageNotATruncatedFile() throws Exception {
        Path file = dir.resolve("纯色.webp");
        Files.write(file, Vp8l.oneColour(100, 100, 0x00000000));

        ImageInfo info = Fixtures.inspector().image(file);
        assertEquals(100, info.width());
        assertEquals(100, info.height());
        BufferedImage pixels = decode(file);
        assertEquals(0, pixels.getRGB(0, 0)); // transparent black, as the file says
        assertEquals(0, pixels.getRGB(99, 99));

        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        assertTrue(out.findings().stream().noneMatch(f -> f.code().equals("image.truncated")), out.findings().toString());
        assertEquals(800, out.width());
    }

    @Test
    void aLargeWebpIsProcessedTo800Square() throws Exception {
        Path file = dir.resolve("大图.webp");
        Files.write(file, new ImageEncoder(Fixtures.codecs()).encode(BenchmarkPhotos.photo(2400, 2400, 3), "webp", 90, false));
        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        assertTrue(out.ok(), out.findings().toString());
        assertEquals(800, out.width());
        assertEquals(800, out.height());
    }

    private static BufferedImage decode(Path file) throws Exception {
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = Fixtures.codecs().reader("webp");
            reader.setInput(in);
            return reader.read(0);
        }
    }

    /**
     * A lossless WebP (VP8L, RFC 9649) of one colour with no transform and no palette: each of its five prefix
     * codes is a "simple" code of a single symbol, so the pixels take no bits at all. libwebp writes such files,
     * and its test data has one (one_color_no_palette.webp); written here from the RFC.
     */
    static final class Vp8l {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int pending;
        private int pendingBits;

        static byte[] oneColour(int width, int height, int argb) {
            Vp8l bits = new Vp8l();
            bits.write(width - 1, 14).write(height - 1, 14).write(1, 1).write(0, 3); // alpha used, version 0
            bits.write(0, 1); // no transform
            bits.write(0, 1); // no colour cache
            bits.write(0, 1); // no meta prefix codes
            int[] symbols = {argb >>> 8 & 0xff, argb >>> 16 & 0xff, argb & 0xff, argb >>> 24, 0}; // green, red, blue, alpha, distance
            for (int symbol : symbols) {
                bits.write(1, 1).write(0, 1); // a simple code of one symbol
                if (symbol < 2) {
                    bits.write(0, 1).write(symbol, 1); // a symbol of 0 or 1 is written in one bit, as libwebp does
                } else {
                    bits.write(1, 1).write(symbol, 8);
                }
            }
            byte[] payload = bits.finish();
            ByteArrayOutputStream riff = new ByteArrayOutputStream();
            int padded = payload.length + (payload.length & 1);
            riff.writeBytes("RIFF".getBytes());
            le32(riff, 4 + 8 + padded);
            riff.writeBytes("WEBPVP8L".getBytes());
            le32(riff, payload.length);
            riff.writeBytes(payload);
            if ((payload.length & 1) == 1) {
                riff.write(0);
            }
            return riff.toByteArray();
        }

        private Vp8l() {
            bytes.write(0x2f); // the VP8L signature
        }

        private Vp8l write(int value, int count) {
            for (int i = 0; i < count; i++) { // least significant bit first
                pending |= (value >>> i & 1) << pendingBits++;
                if (pendingBits == 8) {
                    bytes.write(pending);
                    pending = 0;
                    pendingBits = 0;
                }
            }
            return this;
        }

        private byte[] finish() {
            if (pendingBits > 0) {
                bytes.write(pending);
            }
            return bytes.toByteArray();
        }

        private static void le32(ByteArrayOutputStream out, int value) {
            for (int i = 0; i < 4; i++) {
                out.write(value >>> 8 * i & 0xff);
            }
        }
    }
}
