package com.example.imageio;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.osgi.service.component.annotations.Component;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageInfo;
import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProcessor;
import shelf.api.media.ImageProfile;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * An image processor on nothing but the JDK's ImageIO: reads JPEG, PNG, GIF and BMP, fits the image into the
 * profile's box on white and writes JPEG. Ranked below Shelf's standard processor (service.ranking -10), so it
 * is used only where no better processor reads the format.
 */
@Component(property = "service.ranking:Integer=-10")
public class ImageIoProcessor implements ImageProcessor {
    private static final Set<String> READS = Set.of("jpeg", "png", "gif", "bmp");

    @Override
    public boolean reads(String format) {
        return READS.contains(format);
    }

    @Override
    public ImageOutput process(Path source, ImageProfile profile) {
        BufferedImage image;
        try {
            image = Files.isRegularFile(source) ? ImageIO.read(source.toFile()) : null;
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return failed(null, "image.unreadable", source.getFileName() + "：无法读取，请提供 JPEG、PNG、GIF 或 BMP 图片");
        }
        ImageInfo info = new ImageInfo("", image.getWidth(), image.getHeight(), size(source), "rgb", 1);
        if (!profile.format().equals("jpeg")) {
            return failed(info, "image.unsupported", "图片方案「" + profile.name() + "」要求 " + profile.format()
                    + " 格式，本处理器只输出 JPEG");
        }
        BufferedImage fitted = fit(image, profile);
        try {
            return new ImageOutput(info, jpeg(fitted, profile.quality()), "jpeg", fitted.getWidth(), fitted.getHeight(),
                    profile.quality(), List.of());
        } catch (IOException e) {
            return failed(info, "image.unreadable", source.getFileName() + "：无法写出 JPEG（" + e.getMessage() + "）");
        }
    }

    @Override
    public ImageOutput inspect(Path source, ImageProfile profile) {
        ImageOutput output = process(source, profile);
        return new ImageOutput(output.source(), null, output.format(), output.width(), output.height(), output.quality(),
                output.findings());
    }

    /** PAD and CROP: the profile's box; WIDTH: the profile's width, the height in proportion. */
    static BufferedImage fit(BufferedImage image, ImageProfile profile) {
        double scaleX = (double) profile.width() / image.getWidth();
        double scaleY = profile.fit() == ImageFit.WIDTH ? scaleX : (double) profile.height() / image.getHeight();
        double scale = profile.fit() == ImageFit.CROP ? Math.max(scaleX, scaleY) : Math.min(scaleX, scaleY);
        int width = profile.width();
        int height = profile.fit() == ImageFit.WIDTH ? (int) Math.round(image.getHeight() * scale) : profile.height();
        int drawnWidth = (int) Math.round(image.getWidth() * scale);
        int drawnHeight = (int) Math.round(image.getHeight() * scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, (width - drawnWidth) / 2, (height - drawnHeight) / 2, drawnWidth, drawnHeight, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(Math.max(1, Math.min(100, quality)) / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static ImageOutput failed(ImageInfo info, String code, String message) {
        return new ImageOutput(info, null, "jpeg", 0, 0, 0,
                List.of(new Finding(code, Severity.ERROR, "", "", "", "", null, message, "")));
    }
}
