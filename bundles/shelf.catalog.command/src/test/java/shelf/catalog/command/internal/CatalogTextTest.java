package shelf.catalog.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportReport;

/** How the catalogue's commands write prices and cells in a table. */
class CatalogTextTest {
    @Test
    void pricesShowAsWrittenAndARangeWhenTheSkusDiffer() {
        Product one = product(new BigDecimal("12.50"), new BigDecimal("12.5"));
        Product two = product(new BigDecimal("9.90"), null, new BigDecimal("19.90"));
        assertEquals("12.50", Prices.saleRange(one));
        assertEquals("9.90–19.90", Prices.saleRange(two));
        assertEquals("", Prices.saleRange(product((BigDecimal) null)));
    }

    @Test
    void cellTextFitsOneLine() {
        assertEquals("第一行⏎第二行", CellText.oneLine("第一行\r\n第二行"));
        assertEquals("一".repeat(39) + "…", CellText.shortened("一".repeat(50)));
    }

    private static Product product(BigDecimal... prices) {
        List<Sku> skus = java.util.Arrays.stream(prices)
                .map(p -> new Sku("S", "", Map.of(), null, p, null, null, null, null)).toList();
        return new Product("acme", "SPU-1", "", "", "", "", Map.of(), "", List.of(), List.of(), List.of(), "", "", "", null,
                skus);
    }
}
