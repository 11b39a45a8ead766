package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.catalog.internal.TestProducts.FILE;
import static shelf.catalog.internal.TestProducts.SHEET;
import static shelf.catalog.internal.TestProducts.cell;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceList;
import shelf.catalog.spi.SourceCodec;

/** The cells an import gathers are stored as the same text the product's map of cells is, and read back alike. */
class SourceListTest {
    @Test
    void gatheredInReadingOrderTheCellsAreStoredAsTheirMapWouldBe() {
        ImportedProduct product = TestProducts.product("A1", 2, "10.00", "12.00");
        List<Sku> skus = product.product().skus();
        SourceList gathered = new SourceList();
        // as a draft gathers them: product-level cells first, each SKU's once its row is done, out of column order
        gathered.product(2, 1, "spuCode", "");
        gathered.product(2, 2, "title", "");
        gathered.product(2, 7, "attributes.", "材质");
        for (int i = 0; i < skus.size(); i++) {
            gathered.sku(2 + i, 16, i, "salePrice", "");
            gathered.sku(2 + i, 13, i, "skuCode", "");
            gathered.sku(2 + i, 14, i, "barcode", "");
        }

        String text = gathered.encode(skus, FILE, SHEET);

        assertEquals(SourceCodec.encode(product.sources(), skus, FILE, SHEET), text);
        assertEquals(product.sources(), SourceCodec.decode(text, skus, FILE, SHEET));
        assertEquals(cell(3, 16), SourceCodec.decode(text, skus, FILE, SHEET).get("skus[A1-2].salePrice"));
    }

    @Test
    void aNameTheCompactTextCannotHoldIsStoredTheGeneralWay() {
        List<Sku> skus = TestProducts.product("A1", 2, "10.00").product().skus();
        SourceList gathered = new SourceList();
        gathered.product(2, 1, "spuCode", "");
        gathered.sku(2, 9, 0, "specs.", "颜\u001f色");

        String text = gathered.encode(skus, FILE, SHEET);

        assertEquals(Map.of("spuCode", cell(2, 1), "skus[A1-1].specs.颜\u001f色", new SourceCell(FILE, SHEET, 2, 9)),
                SourceCodec.decode(text, skus, FILE, SHEET));
    }

    @Test
    void theStoredBytesAreTheTextInUtf8() {
        List<Sku> skus = TestProducts.product("A1", 3, "10.00", "11.00", "12.00").product().skus();
        SourceList gathered = new SourceList();
        gathered.product(0, 0, "spuCode", "");
        gathered.product(9, 10, "attributes.", "产地");
        gathered.product(99_999, 99, "attributes.", "é😀");
        gathered.product(123_456_789, 262_143, "attributes.", "lone \ud800 surrogate");
        gathered.sku(1_000_000, 13, 2, "specs.", "尺码");

        String text = gathered.encode(skus, FILE, SHEET);

        org.junit.jupiter.api.Assertions.assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                gathered.encodeUtf8(skus, FILE, SHEET));
        assertEquals(cell(1_000_000, 13), SourceCodec.decode(text, skus, FILE, SHEET).get("skus[A1-3].specs.尺码"));
    }

    @Test
    void nothingGatheredIsStoredAsNothing() {
        assertEquals("", new SourceList().encode(List.of(), FILE, SHEET));
    }
}
