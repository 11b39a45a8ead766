package shelf.api.shell;

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

class BatchFiguresTest {
    private static final StoredBatch BATCH = new StoredBatch(3, "acme", "春季上新.xlsx", "商品", 120_000, 30_000, 120_000, 2,
            29_000, 900, 100, "imported", Instant.parse("2026-11-25T09:30:00Z"), "ops");

    @Test
    void theImportSummaryGivesEveryFigureAndWhereTheErrorsAre() {
        assertEquals("""
                Imported 春季上新.xlsx as batch 3 (merchant acme, sheet 商品)
                  rows read   120000
                  products    30000  (29000 new, 900 updated, 100 unchanged)
                  SKUs        120000
                  row errors  2  — see batch:errors 3
                  time        2.40 s (50,000 rows/s)
                """, BatchFigures.imported(new ImportReport(BATCH, Duration.ofMillis(2400))));
    }

    @Test
    void aSmallImportGivesNoRate() {
        StoredBatch csv = new StoredBatch(4, "acme", "国标.csv", "", 4, 2, 3, 0, 2, 0, 0, "imported", Instant.now(), "ops");
        assertEquals("""
                Imported 国标.csv as batch 4 (merchant acme)
                  rows read   4
                  products    2  (2 new, 0 updated, 0 unchanged)
                  SKUs        3
                  row errors  0
                  time        0.05 s
                """, BatchFigures.imported(new ImportReport(csv, Duration.ofMillis(50))));
    }

    @Test
    void warningsAreCountedApartFromErrorsAndPointToTheSameList() {
        StoredBatch warned = new StoredBatch(5, "acme", "手填.xlsx", "商品", 10_000, 3_500, 10_000, 0, 3_500, 0, 0,
                "imported", Instant.now(), "ops", 16_492);
        assertEquals("""
                Imported 手填.xlsx as batch 5 (merchant acme, sheet 商品)
                  rows read   10000
                  products    3500  (3500 new, 0 updated, 0 unchanged)
                  SKUs        10000
                  row errors  0
                  warnings    16492  — see batch:errors 5
                  time        1.00 s (10,000 rows/s)
                """, BatchFigures.imported(new ImportReport(warned, Duration.ofMillis(1000))));
    }
}
