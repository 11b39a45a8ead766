package shelf.image.standard.internal;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageProfile;

/**
 * Where a source of a given (displayed) size lands in a profile's box.
 *
 * @param contentWidth the source scaled, before padding or cropping
 * @param contentHeight likewise
 * @param outputWidth the output's width
 * @param outputHeight the output's height
 * @param scale output pixels per source pixel (above 1 when enlarged)
 */
record Geometry(int contentWidth, int contentHeight, int outputWidth, int outputHeight, double scale) {

    static Geometry of(int width, int height, ImageProfile profile) {
        if (profile.fit() == ImageFit.WIDTH || profile.height() <= 0) {
            double scale = (double) profile.width() / width;
            int h = Math.max(1, (int) Math.round(height * scale));
            return new Geometry(profile.width(), h, profile.width(), h, scale);
        }
        double sx = (double) profile.width() / width;
        double sy = (double) profile.height() / height;
        boolean crop = profile.fit() == ImageFit.CROP;
        double scale = crop ? Math.max(sx, sy) : Math.min(sx, sy);
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        // rounding never leaves a gap when cropping nor overflows the box when padding
        w = crop ? Math.max(w, profile.width()) : Math.max(1, Math.min(w, profile.width()));
        h = crop ? Math.max(h, profile.height()) : Math.max(1, Math.min(h, profile.height()));
        return new Geometry(w, h, profile.width(), profile.height(), scale);
    }

    /** The picture in its box: centred on white (pad) or its centre cut out (crop). */
    static Pixels place(Pixels content, Geometry g) {
        if (content.width() == g.outputWidth && content.height() == g.outputHeight) {
            return content;
        }
        int ch = content.channels();
        byte[] out = new byte[g.outputWidth * g.outputHeight * ch];
        int copyW = Math.min(content.width(), g.outputWidth);
        int copyH = Math.min(content.height(), g.outputHeight);
        int srcX = (content.width() - copyW) / 2;
        int srcY = (content.height() - copyH) / 2;
        int dstX = (g.outputWidth - copyW) / 2;
        int dstY = (g.outputHeight - copyH) / 2;
        if (copyW < g.outputWidth || copyH < g.outputHeight) {
            java.util.Arrays.fill(out, (byte) 0xFF);
        }
        for (int y = 0; y < copyH; y++) {
            System.arraycopy(content.data(), ((srcY + y) * content.width() + srcX) * ch, out,
                    ((dstY + y) * g.outputWidth + dstX) * ch, copyW * ch);
        }
        return new Pixels(out, g.outputWidth, g.outputHeight, ch, content.model());
    }
}
