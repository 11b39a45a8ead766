package com.example.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;

/** A merchant's photo made into a main image, and what a photo that cannot be used says. */
class ImageIoProcessorTest {
    private static final ImageProfile MAIN = new ImageProfile("main-800-jpeg", "", ImageRole.MAIN, 800, 800, ImageFit.PAD,
            "jpeg", 85, false, 0);

    @TempDir
    Path folder;

    private final ImageIoProcessor processor = new ImageIoProcessor();

    @Test
    void aWidePhotoIsPaddedWithWhiteIntoTheSquare() throws Exception {
        Path photo = folder.resolve("wide.png");
        BufferedImage red = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D paint = red.createGraphics();
        paint.setColor(Color.RED);
        paint.fillRect(0, 0, 1600, 800);
        paint.dispose();
        ImageIO.write(red, "png", photo.toFile());

        ImageOutput output = processor.process(photo, MAIN);

        assertTrue(output.ok(), output.findings().toString());
        BufferedImage made = ImageIO.read(new ByteArrayInputStream(output.data()));
        assertEquals(800, made.getWidth());
        assertEquals(800, made.getHeight());
        Color above = new Color(made.getRGB(400, 10));
        Color middle = new Color(made.getRGB(400, 400));
        assertTrue(above.getRed() > 240 && above.getGreen() > 240 && above.getBlue() > 240, "white above the photo: " + above);
        assertTrue(middle.getRed() > 200 && middle.getGreen() < 60, "the red photo in the middle: " + middle);
        assertEquals(1600, output.source().width());
    }

    @Test
    void aFileThatIsNoImageGivesAFindingAndNoOutput() throws Exception {
        Path notAnImage = Files.writeString(folder.resolve("主图.jpg"), "这不是图片");

        ImageOutput output = processor.process(notAnImage, MAIN);

        assertFalse(output.ok());
        assertEquals("image.unreadable", output.findings().get(0).code());
        assertEquals("主图.jpg：无法读取，请提供 JPEG、PNG、GIF 或 BMP 图片", output.findings().get(0).message());
    }

    @Test
    void itReadsTheFormatsTheJdkReadsAndNoOthers() {
        assertTrue(processor.reads("png"));
        assertFalse(processor.reads("webp"));
    }
}
