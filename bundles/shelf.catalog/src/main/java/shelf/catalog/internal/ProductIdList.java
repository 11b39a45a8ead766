package shelf.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Product ids packed as varints of their differences (zig-zag, so any order packs): the ids a batch saw
 * take one or two bytes each, a few rows per batch instead of a row per product.
 */
final class ProductIdList {
    /** Ids per stored row. */
    static final int PER_ROW = 4096;

    private long[] ids = new long[1024];
    private int size;

    void add(long id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    int size() {
        return size;
    }

    /** Rows of at most {@link #PER_ROW} ids, in the order they were added. */
    byte[] packed(int row) {
        int from = row * PER_ROW;
        int to = Math.min(size, from + PER_ROW);
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) * 2 + 16);
        long previous = 0;
        for (int i = from; i < to; i++) {
            long delta = ids[i] - previous;
            long zigzag = (delta << 1) ^ (delta >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                out.write((int) ((zigzag & 0x7F) | 0x80));
                zigzag >>>= 7;
            }
            out.write((int) zigzag);
            previous = ids[i];
        }
        return out.toByteArray();
    }

    int rows() {
        return (size + PER_ROW - 1) / PER_ROW;
    }

    /** Adds the ids of one packed row. */
    void unpack(byte[] packed) {
        long previous = 0;
        int i = 0;
        while (i < packed.length) {
            long zigzag = 0;
            int shift = 0;
            byte b;
            do {
                b = packed[i++];
                zigzag |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            previous += (zigzag >>> 1) ^ -(zigzag & 1);
            add(previous);
        }
    }

    long[] toArray() {
        return Arrays.copyOf(ids, size);
    }
}
