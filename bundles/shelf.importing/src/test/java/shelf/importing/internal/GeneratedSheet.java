package shelf.importing.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.importer.xlsx.bench.BenchmarkWorkbooks;

/**
 * An importer that "reads" a generated merchant's sheet (the content of the benchmark workbooks): the default template's 28 columns, one row per
 * SKU, realistic Chinese listings, 13-digit barcodes, prices with 2 decimals. Rows are made as they are
 * delivered, like a streaming reader's, so the benchmark measures mapping and storing, not a big list.
 * Deterministic: the same seed gives the same rows; {@code priceBump} changes every sale price by that
 * many fen, to measure an import that updates every product.
 */
final class GeneratedSheet implements Importer {
    private final int rows;
    private final int skusPerProduct;
    private final int priceBump;

    GeneratedSheet(int rows, int skusPerProduct, int priceBump) {
        this.rows = rows;
        this.skusPerProduct = skusPerProduct;
        this.priceBump = priceBump;
    }

    @Override
    public boolean accepts(Path file) {
        return true;
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) {
        sink.startSheet("商品");
        sink.row(1, Arrays.asList(Rows.TEMPLATE));
        Random random = new Random(20240305);
        String[] product = new String[14];
        for (int r = 1; r <= rows; r++) {
            int spu = (r - 1) / skusPerProduct + 1;
            int sku = (r - 1) % skusPerProduct;
            if (sku == 0) {
                BenchmarkWorkbooks.describeProduct(random, spu, product);
            }
            int cents = 1990 + random.nextInt(50000);
            String[] cells = new String[28];
            System.arraycopy(product, 0, cells, 0, 8);
            cells[8] = "颜色";
            cells[9] = BenchmarkWorkbooks.colour(spu + sku / 2);
            cells[10] = "尺码";
            cells[11] = BenchmarkWorkbooks.size(spu + sku);
            cells[12] = String.format("SPU%06d-%02d", spu, sku + 1);
            cells[13] = Long.toString(BenchmarkWorkbooks.barcode(spu * 10L + sku));
            cells[14] = money(cents * 55L / 100);
            cells[15] = money(cents + priceBump);
            cells[16] = money(cents * 88L / 100);
            cells[17] = money(cents * 3L / 2);
            cells[18] = Integer.toString(random.nextInt(5000));
            cells[19] = money((150 + random.nextInt(1200)) / 10); // kilograms: 0.15 to 1.34
            System.arraycopy(product, 8, cells, 20, 6);
            cells[26] = "7天无理由退换";
            cells[27] = "48";
            if (!sink.row(r + 1, Arrays.asList(cells))) {
                return;
            }
            if (r % 1000 == 0) {
                sink.progress(r, rows);
            }
        }
    }

    private static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }
}
