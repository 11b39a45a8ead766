package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;
import shelf.api.finding.Finding;
import shelf.image.standard.bench.BenchmarkPhotos;

/** Photos as merchants send them, processed to the default profiles: what comes out and what is flagged. */
class ProcessingTest {
    private static final ImageCodecs CODECS = Fixtures.codecs();
    private static final StandardImageProcessor PROCESSOR = Fixtures.processor();

    @TempDir
    Path dir;

    @Test
    void aPhotoBecomesAn800SquareWebpPaddedWithWhite() throws Exception {
        Path file = jpeg("wide.jpg", BenchmarkPhotos.photo(2400, 1600, 1));
        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        assertTrue(out.ok(), out.findings().toString());
        BufferedImage webp = decode(out.data(), "webp");
        assertEquals(800, webp.getWidth());
        assertEquals(800, webp.getHeight());
        assertWhite(webp.getRGB(400, 10), "padding above a wide photo");
        assertEquals(List.of("image.not-square", "image.background-not-white"), codes(out));
        assertEquals("wide.jpg：主图不是正方形（2400×1600），已补白边为 800×800", out.findings().get(0).message());
    }

    @Test
    void theExifOrientationIsApplied() throws Exception {
        // stored 1200×600, left half red: orientation 6 (turn 90° clockwise) shows it 600×1200, red on top
        BufferedImage stored = new BufferedImage(1200, 600, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 600, 600);
        g.setColor(Color.BLUE);
        g.fillRect(600, 0, 600, 600);
        g.dispose();
        Path file = withOrientation(jpeg("turned.jpg", stored), 6);
        assertEquals(6, Fixtures.inspector().image(file).exifOrientation());
        assertEquals(600, Fixtures.inspector().image(file).width());
        ImageOutput out = PROCESSOR.process(file, Fixtures.DETAIL);
        BufferedImage jpeg = decode(out.data(), "jpeg");
        assertEquals(790, jpeg.getWidth());
        assertEquals(1580, jpeg.getHeight());
        assertTrue(new Color(jpeg.getRGB(395, 300)).getRed() > 200, "red on top");
        assertTrue(new Color(jpeg.getRGB(395, 1300)).getBlue() > 200, "blue below");
    }

    @Test
    void transparencyIsFlattenedOntoWhite() throws Exception {
        BufferedImage logo = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.BLACK);
        g.fillOval(300, 300, 400, 400);
        g.dispose();
        Path file = dir.resolve("logo.png");
        ImageIO.write(logo, "png", file.toFile());
        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        BufferedImage webp = decode(out.data(), "webp");
        assertWhite(webp.getRGB(20, 20), "a transparent corner");
        assertTrue(new Color(webp.getRGB(400, 400)).getRed() < 40, "the black disc stays black");
        assertFalse(codes(out).contains("image.background-not-white"), out.findings().toString());
    }

    @Test
    void cmykJpegIsConvertedAndFlagged() throws Exception {
        Path file = dir.resolve("print.jpg");
        try (OutputStream o = Files.newOutputStream(file)) {
            o.write(CmykJpeg.write(900, 900));
        }
        assertEquals("cmyk", Fixtures.inspector().image(file).colorSpace().replace("ycck", "cmyk"));
        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        assertTrue(out.ok(), out.findings().toString());
        assertTrue(codes(out).contains("image.cmyk"), out.findings().toString());
        assertEquals(800, decode(out.data(), "webp").getWidth());
    }

    @Test
    void aSmallImageIsEnlargedAndFlagged() throws Exception {
        Path file = jpeg("tiny.jpg", BenchmarkPhotos.photo(300, 300, 2));
        ImageOutput out = PROCESSOR.process(file, Fixtures.MAIN);
        assertTrue(out.ok());
        assertTrue(codes(out).containsAll(List.of("image.too-small", "image.upscaled")), out.findings().toString());
        assertEquals("tiny.jpg：图片只有 300×300，小于 main 图要求的 800×800，请提供更大的原图",
                find(out, "image.too-small").message());
        assertEquals("tiny.jpg：图片被放大了 2.7 倍（超过 1.5 倍），买家看到会发虚", find(out, "image.upscaled").message());
    }

    @Test
    void aBlurryPhotoIsFlaggedAndASharpOneIsNot() throws Exception {
        BufferedImage soft = new BufferedImage(1600, 1600, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = soft.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.WHITE, 1600, 1600, new Color(200, 190, 180)));
        g.fillRect(0, 0, 1600, 1600);
        g.dispose();
        ImageOutput blurry = PROCESSOR.process(jpeg("soft.jpg", soft), Fixtures.DETAIL);
        assertTrue(codes(blurry).contains("image.blurry"), blurry.findings().toString());
        ImageOutput sharp = PROCESSOR.process(jpeg("sharp.jpg", BenchmarkPhotos.photo(1600, 1600, 4)), Fixtures.DETAIL);
        assertFalse(codes(sharp).contains("image.blurry"), sharp.findings().toString());
    }

    @Test
    void aByteBudgetLowersTheQualityUntilTheFileFits() throws Exception {
        Path file = jpeg("busy.jpg", BenchmarkPhotos.photo(1600, 1600, 5));
        ImageOutput free = PROCESSOR.process(file, Fixtures.MAIN);
        long budget = free.data().length * 3 / 4;
        ImageProfile tight = new ImageProfile("tight", "", ImageRole.MAIN, 800, 800, ImageFit.PAD, "webp", 80, false, budget);
        ImageOutput fitted = PROCESSOR.process(file, tight);
        assertTrue(fitted.data().length <= budget, fitted.data().length + " > " + budget);
        assertTrue(fitted.quality() < 80);
        assertFalse(codes(fitted).contains("image.over-budget"));

        ImageProfile impossible = new ImageProfile("tiny", "", ImageRole.MAIN, 800, 800, ImageFit.PAD, "webp", 80, false, 2000);
        ImageOutput over = PROCESSOR.process(file, impossible);
        assertTrue(over.ok(), "the smallest output is kept");
        assertEquals(40, over.quality());
        assertTrue(find(over, "image.over-budget").message().startsWith("busy.jpg：输出 "), over.findings().toString());
    }

    @Test
    void cropFillsTheBox() throws Exception {
        Path file = jpeg("tall.jpg", BenchmarkPhotos.photo(1000, 2000, 6));
        ImageProfile crop = new ImageProfile("square", "", ImageRole.DETAIL, 500, 500, ImageFit.CROP, "jpeg", 85, false, 0);
        BufferedImage out = decode(PROCESSOR.process(file, crop).data(), "jpeg");
        assertEquals(500, out.getWidth());
        assertEquals(500, out.getHeight());
    }

    private Path jpeg(String name, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        BenchmarkPhotos.write(image, file, 0.92f);
        return file;
    }

    private Path withOrientation(Path jpeg, int orientation) throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        Path out = dir.resolve("exif-" + jpeg.getFileName());
        try (OutputStream o = Files.newOutputStream(out)) {
            new ExifRewriter().updateExifMetadataLossless(jpeg.toFile(), o, exif);
        }
        return out;
    }

    static BufferedImage decode(byte[] data, String format) throws IOException {
        ImageReader reader = CODECS.reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    private static void assertWhite(int rgb, String what) {
        Color c = new Color(rgb);
        assertTrue(c.getRed() > 245 && c.getGreen() > 245 && c.getBlue() > 245, what + " is white: " + c);
    }

    private static List<String> codes(ImageOutput out) {
        return out.findings().stream().map(Finding::code).toList();
    }

    private static Finding find(ImageOutput out, String code) {
        return out.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new AssertionError("no " + code + " in " + out.findings()));
    }
}
