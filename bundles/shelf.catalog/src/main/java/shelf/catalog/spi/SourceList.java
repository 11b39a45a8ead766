package shelf.catalog.spi;

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
        if (size == 0) {
            return "";
        }
        if (!compact) {
            return SourceCodec.encode(asMap(productSkus, file, sheet), productSkus, file, sheet);
        }
        // sorted as numbers, by row and column, as SourceCodec writes them
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = (long) rows[i] << 34 | (long) columns[i] << 16 | i;
        }
        Arrays.sort(order);
        StringBuilder text = new StringBuilder(size * 16);
        int row = -1;
        for (long key : order) {
            int at = (int) (key & 0xFFFF);
            int cellRow = (int) (key >>> 34);
            if (cellRow != row) {
                if (row >= 0) {
                    text.append(SourceCodec.RS);
                }
                row = cellRow;
                text.append(row);
            }
            text.append(SourceCodec.US).append((int) (key >>> 16) & 0x3FFFF).append(SourceCodec.US);
            if (skus[at] >= 0) {
                text.append('~').append(skus[at]).append('.');
            }
            text.append(heads[at]).append(tails[at]);
        }
        return text.toString();
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
