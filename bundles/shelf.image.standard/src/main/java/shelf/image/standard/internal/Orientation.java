package shelf.image.standard.internal;

/** Turns stored pixels the way the EXIF orientation (1–8) says the photo is to be shown. */
final class Orientation {
    private Orientation() {}

    static Pixels apply(Pixels p, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return p;
        }
        boolean transpose = orientation >= 5;
        int w = p.width();
        int h = p.height();
        int outW = transpose ? h : w;
        int outH = transpose ? w : h;
        int ch = p.channels();
        byte[] src = p.data();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                System.arraycopy(src, (sy * w + sx) * ch, dst, (y * outW + x) * ch, ch);
            }
        }
        return new Pixels(dst, outW, outH, ch, p.model());
    }
}
