package shelf.image.standard.internal;

/**
 * What a buyer would notice, measured on the picture as it will be shown (after resizing): sharpness as
 * the variance of the Laplacian of its brightness, and how white its border is.
 */
final class BuyerChecks {
    private BuyerChecks() {}

    /** Variance of the 4-neighbour Laplacian of the mean of the channels: low means blurry. */
    static double sharpness(Pixels p) {
        int w = p.width();
        int h = p.height();
        int ch = p.channels();
        if (w < 3 || h < 3) {
            return Double.MAX_VALUE;
        }
        int[] gray = new int[w * h];
        byte[] d = p.data();
        for (int i = 0, o = 0; i < gray.length; i++, o += ch) {
            int sum = 0;
            for (int c = 0; c < ch; c++) {
                sum += d[o + c] & 0xFF;
            }
            gray[i] = sum / ch;
        }
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                int lap = gray[i - 1] + gray[i + 1] + gray[i - w] + gray[i + w] - 4 * gray[i];
                sum += lap;
                squares += (double) lap * lap;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    /** Percentage of the pixels in the outer 3% frame whose every channel is at least 235. */
    static int whiteBorderPercent(Pixels p) {
        int w = p.width();
        int h = p.height();
        int ch = p.channels();
        int frameX = Math.max(1, w * 3 / 100);
        int frameY = Math.max(1, h * 3 / 100);
        byte[] d = p.data();
        long white = 0;
        long total = 0;
        for (int y = 0; y < h; y++) {
            boolean edgeRow = y < frameY || y >= h - frameY;
            for (int x = 0; x < w; x++) {
                if (!edgeRow && x >= frameX && x < w - frameX) {
                    x = w - frameX - 1;
                    continue;
                }
                int o = (y * w + x) * ch;
                boolean isWhite = true;
                for (int c = 0; c < ch && isWhite; c++) {
                    isWhite = (d[o + c] & 0xFF) >= 235;
                }
                white += isWhite ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? 100 : (int) (white * 100 / total);
    }
}
