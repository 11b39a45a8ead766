package shelf.image.standard.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * An image as one array of 8-bit, pixel-interleaved samples, the form the resampler works on. {@code model}
 * is the colour model the samples are in: sRGB BGR for most photos; a CMYK, Adobe RGB or grey model when the
 * source was so, converted to sRGB only after shrinking, where it costs a ninth.
 */
record Pixels(byte[] data, int width, int height, int channels, ColorModel model) {

    /** The decoded image's samples as they are when already compact, else drawn onto white sRGB. */
    static Pixels of(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        if (!model.hasAlpha() && raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getPixelStride() == raster.getNumBands() && sm.getScanlineStride() == image.getWidth() * raster.getNumBands()
                && raster.getNumBands() <= 4 && model.getComponentSize(0) == 8
                && buffer.getData().length == image.getWidth() * image.getHeight() * raster.getNumBands()) {
            return new Pixels(buffer.getData(), image.getWidth(), image.getHeight(), raster.getNumBands(), model);
        }
        // alpha, palettes, 16-bit, packed ints: flattened onto white in sRGB (transparent areas become white)
        return flatten(image);
    }

    static Pixels flatten(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return of(rgb);
    }

    /** Whether the samples are sRGB in BGR order, as TYPE_3BYTE_BGR stores them. */
    boolean isSrgbBgr() {
        return channels == 3 && model.getColorSpace().isCS_sRGB()
                && model.equals(new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR).getColorModel());
    }

    boolean isCmyk() {
        return model.getColorSpace().getType() == ColorSpace.TYPE_CMYK;
    }

    Pixels resized(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        return new Pixels(Resampler.resize(data, width, height, channels, newWidth, newHeight), newWidth, newHeight,
                channels, model);
    }

    /** The same picture in sRGB, BGR order: colour-managed through the source's ICC profile where it has one. */
    Pixels toSrgb() {
        if (isSrgbBgr()) {
            return this;
        }
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        byte[] target = ((DataBufferByte) raster.getDataBuffer()).getData();
        System.arraycopy(data, 0, target, 0, data.length);
        BufferedImage source = new BufferedImage(model, raster, false, null);
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        if (model.getColorSpace().isCS_sRGB()) {
            return flatten(source);
        }
        new ColorConvertOp(null).filter(source, rgb);
        return of(rgb);
    }

    BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(data, 0, target, 0, data.length);
        return image;
    }
}
