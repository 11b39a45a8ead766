package shelf.catalog.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;

/**
 * Where a product's values came from, gathered cell by cell while its rows are read, every cell in the
 * batch's own file and sheet. A 100,000-row import records some 2.8 million cells; as a map of path strings
 * to cell objects they cost the reading thread more than parsing the values did, and the storing thread as
 * much again to encode. Here a cell is a row, a column and a path in two parts (a constant such as
 * "specs." and a name), kept in arrays and written straight into {@link SourceCodec}'s text. Each path is
 * given once: the reader of the rows sees to that.
 */
public final class SourceList implements ProductSources {
    private int[] rows = new int[32];
    private int[] columns = new int[32];
    private String[] heads = new String[32];
    private String[] tails = new String[32];
    /** The SKU's position in the product, or -1 for a product-level value. */
    private int[] skus = new int[32];
    private int size;
    /** False when a cell or name does not fit the compact text: {@link #encode} then takes the general way. */
    private boolean compact = true;

    /** A product-level value at path head + tail: "title" + "", "attributes." + "材质". */
    public void product(int row, int column, String head, String tail) {
        add(row, column, -1, head, tail);
    }

    /** A value of the product's SKU at {@code position}: path "skus[CODE]." + head + tail. */
    public void sku(int row, int column, int position, String head, String tail) {
        add(row, column, position, head, tail);
    }

    private void add(int row, int column, int sku, String head, String tail) {
        if (size == rows.length) {
            int grown = size * 2;
            rows = Arrays.copyOf(rows, grown);
            columns = Arrays.copyOf(columns, grown);
            heads = Arrays.copyOf(heads, grown);
            tails = Arrays.copyOf(tails, grown);
            skus = Arrays.copyOf(skus, grown);
        }
        if (row < 0 || row >= 1 << 29 || column < 0 || column >= 1 << 18 || size >= 1 << 16
                || SourceCodec.unsafe(head) || SourceCodec.unsafe(tail)) {
            compact = false;
        }
        rows[size] = row;
        columns[size] = column;
        heads[size] = head;
        tails[size] = tail;
        skus[size] = sku;
        size++;
    }

    @Override
    public String encode(List<Sku> productSkus, String file, String sheet) {
        return compact ? new String(encodeUtf8(productSkus, file, sheet), StandardCharsets.UTF_8)
                : SourceCodec.encode(asMap(productSkus, file, sheet), productSkus, file, sheet);
    }

    /**
     * The compact text straight into UTF-8 bytes: as a StringBuilder, a String and its encoding, the sources of
     * a 100,000-row import were some 260 MB of garbage and a tenth of the storing thread's time.
     */
    @Override
    public byte[] encodeUtf8(List<Sku> productSkus, String file, String sheet) {
        if (size == 0) {
            return new byte[0];
        }
        if (!compact) {
            return encode(productSkus, file, sheet).getBytes(StandardCharsets.UTF_8);
        }
        // sorted as numbers, by row and column, as SourceCodec writes them
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = (long) rows[i] << 34 | (long) columns[i] << 16 | i;
        }
        Arrays.sort(order);
        Utf8 text = new Utf8(size * 20);
        int row = -1;
        for (long key : order) {
            int at = (int) (key & 0xFFFF);
            int cellRow = (int) (key >>> 34);
            if (cellRow != row) {
                if (row >= 0) {
                    text.ascii(SourceCodec.RS);
                }
                row = cellRow;
                text.number(row);
            }
            text.ascii(SourceCodec.US).number((int) (key >>> 16) & 0x3FFFF).ascii(SourceCodec.US);
            if (skus[at] >= 0) {
                text.ascii('~').number(skus[at]).ascii('.');
            }
            text.text(heads[at]).text(tails[at]);
        }
        return text.toByteArray();
    }

    /** UTF-8 bytes as String.getBytes writes them (a lone surrogate as '?'). */
    private static final class Utf8 {
        private byte[] bytes;
        private int size;

        Utf8(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        Utf8 ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
            return this;
        }

        Utf8 number(int n) {
            if (n < 0) {
                return text(Integer.toString(n));
            }
            room(10);
            int digits = 1;
            for (int rest = n; rest >= 10; rest /= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + n % 10);
                n /= 10;
            }
            size += digits;
            return this;
        }

        Utf8 text(String s) {
            int n = s.length();
            room(3 * n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xC0 | c >> 6);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    bytes[size++] = (byte) (0xE0 | c >> 12);
                    bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    bytes[size++] = (byte) (0xF0 | cp >> 18);
                    bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    bytes[size++] = '?';
                }
            }
            return this;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** As paths and cells, for the few lists the compact text cannot hold. */
    Map<String, SourceCell> asMap(List<Sku> productSkus, String file, String sheet) {
        Map<String, SourceCell> map = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            String path = skus[i] < 0 ? heads[i] + tails[i]
                    : "skus[" + productSkus.get(skus[i]).skuCode() + "]." + heads[i] + tails[i];
            map.put(path, new SourceCell(file, sheet, rows[i], columns[i]));
        }
        return map;
    }
}
