package shelf.image.standard.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photo-like test images, regenerable from a seed: a lit backdrop, a product-like object with soft shading,
 * fabric-like texture (several octaves of value noise), printed text, and sensor noise, saved as camera-like
 * JPEGs (quality 92). Flat colours would compress to nothing and flatter any encoder; these do not.
 *
 * <pre>java -cp … shelf.image.standard.bench.BenchmarkPhotos OUT_DIR COUNT [SIZE]</pre>
 */
public final class BenchmarkPhotos {
    private BenchmarkPhotos() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 2400;
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            write(photo(size, size, i), out.resolve(String.format("photo-%03d.jpg", i + 1)), 0.92f);
        }
    }

    public static BufferedImage photo(int width, int height, long seed) {
        Random random = new Random(seed * 7919 + 17);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color wall = hsb(random.nextFloat(), 0.15f, 0.85f);
        g.setPaint(new GradientPaint(0, 0, wall, width, height, wall.darker().darker()));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) { // background clutter, out of focus
            g.setColor(hsb(random.nextFloat(), 0.3f + random.nextFloat() * 0.4f, 0.4f + random.nextFloat() * 0.5f));
            double r = width * (0.05 + random.nextDouble() * 0.15);
            g.fill(new Ellipse2D.Double(random.nextDouble() * width - r, random.nextDouble() * height - r, 2 * r, 2 * r));
        }
        double ow = width * (0.45 + random.nextDouble() * 0.2);
        double oh = height * (0.5 + random.nextDouble() * 0.2);
        double ox = (width - ow) / 2;
        double oy = (height - oh) / 2;
        Color body = hsb(random.nextFloat(), 0.6f, 0.8f);
        g.setPaint(new GradientPaint((float) ox, (float) oy, body.brighter(), (float) (ox + ow), (float) (oy + oh), body.darker()));
        g.fill(new RoundRectangle2D.Double(ox, oy, ow, oh, ow / 6, ow / 6));
        g.setStroke(new BasicStroke(width / 400f));
        g.setColor(body.darker().darker());
        for (int i = 0; i < 40; i++) { // stitching
            double y = oy + oh * i / 40.0;
            g.drawLine((int) ox + 20, (int) y, (int) (ox + ow) - 20, (int) y + 3);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, width / 18));
        g.drawString("SHELF " + seed, (int) (ox + ow * 0.12), (int) (oy + oh * 0.3));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, width / 60));
        for (int line = 0; line < 8; line++) {
            g.drawString("100% cotton · machine wash 30° · made for listing tests · lot " + (seed * 31 + line),
                    (int) (ox + ow * 0.1), (int) (oy + oh * 0.45 + line * width / 45));
        }
        g.dispose();
        texture(image, random);
        return image;
    }

    /** Fabric-like detail and sensor noise on every pixel: value noise at three scales plus grain. */
    private static void texture(BufferedImage image, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float[][] lattices = {lattice(random, 64), lattice(random, 64), lattice(random, 64)};
        int[] periods = {97, 23, 5};
        int[] amplitude = {18, 10, 6};
        long state = random.nextLong();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = 0;
                for (int o = 0; o < 3; o++) {
                    v += amplitude[o] * noise(lattices[o], x / (float) periods[o], y / (float) periods[o]);
                }
                int i = (y * w + x) * 3;
                for (int c = 0; c < 3; c++) {
                    state ^= state << 13;
                    state ^= state >>> 7;
                    state ^= state << 17;
                    int grain = (int) ((state & 15) - 7);
                    int value = (data[i + c] & 0xFF) + (int) v + grain;
                    data[i + c] = (byte) Math.max(0, Math.min(255, value));
                }
            }
        }
    }

    private static float[] lattice(Random random, int n) {
        float[] l = new float[n * n];
        for (int i = 0; i < l.length; i++) {
            l[i] = random.nextFloat() * 2 - 1;
        }
        return l;
    }

    private static float noise(float[] lattice, float x, float y) {
        int n = 64;
        int x0 = (int) x;
        int y0 = (int) y;
        float fx = x - x0;
        float fy = y - y0;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        float a = lattice[(y0 & 63) * n + (x0 & 63)];
        float b = lattice[(y0 & 63) * n + ((x0 + 1) & 63)];
        float c = lattice[((y0 + 1) & 63) * n + (x0 & 63)];
        float d = lattice[((y0 + 1) & 63) * n + ((x0 + 1) & 63)];
        return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }

    private static Color hsb(float hue, float saturation, float brightness) {
        return Color.getHSBColor(hue, saturation, brightness);
    }

    public static void write(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (java.io.OutputStream stream = Files.newOutputStream(file);
                ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
