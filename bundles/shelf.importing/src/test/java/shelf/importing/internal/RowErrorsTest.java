package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.importing.internal.Rows.header;
import static shelf.importing.internal.Rows.row;
import static shelf.importing.internal.Rows.sku;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.security.Subject;

/** A bad cell leaves its product out (all its rows) with a message naming row, column and the fix; the rest is stored. */
class RowErrorsTest {
    @TempDir
    Path home;
    ImportFixture fixture;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ImportFixture(home);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<RowError> errorsOf(String... rows) throws Exception {
        StoredBatch batch = fixture.importRows(new RowsImporter().sheet("商品", rows)).batch();
        return fixture.store.errors(Subject.SYSTEM, batch.id());
    }

    @Test
    void aPriceWithADecimalCommaNamesTheCellAndTheFixAndLeavesTheWholeProductOut() throws Exception {
        StoredBatch batch = fixture.importRows(new RowsImporter().sheet("商品", header(),
                sku("A1", "A1-1", "黑色", "10.00"), sku("A1", "A1-2", "白色", "12,5"), sku("B2", "B2-1", "黑色", "8.00")))
                .batch();

        assertEquals(List.of(new RowError(3, 16, "销售价", "12,5", "'12,5' is not a price — write 12.50")),
                fixture.store.errors(Subject.SYSTEM, batch.id()));
        assertEquals("P", fixture.store.errors(Subject.SYSTEM, batch.id()).get(0).columnLetter());
        assertEquals(List.of(3, 1, 1, 1), List.of(batch.rows(), batch.products(), batch.skus(), batch.errors()));
        assertEquals(List.of(), fixture.store.product(Subject.SYSTEM, "A1"), "no SKU of a product with an error is stored");
        assertEquals(1, fixture.store.product(Subject.SYSTEM, "B2").size());
    }

    @Test
    void pricesStocksWeightsAndHoursSayWhatToWrite() throws Exception {
        List<RowError> errors = errorsOf(header(),
                row("商品编码", "A", "销售价", "abc"),
                row("商品编码", "B", "进货价", "12.345"),
                row("商品编码", "C", "市场价", "-5"),
                row("商品编码", "D", "库存", "-3"),
                row("商品编码", "E", "库存", "12.5"),
                row("商品编码", "F", "重量(kg)", "很轻"),
                row("商品编码", "G", "发货时间(小时)", "尽快"),
                row("商品编码", "H", "条形码", "6.90123E+12"),
                row("商品编码", "I", "规格1值", "红色"));

        assertEquals(List.of(
                "row 2, column P (销售价) 'abc': 'abc' is not a price — write a number such as 12.50",
                "row 3, column O (进货价) '12.345': '12.345' has more than 2 decimals — a price is in yuan and fen: write 12.35",
                "row 4, column R (市场价) '-5': '-5' is not a price — a price cannot be negative",
                "row 5, column S (库存) '-3': '-3' is not a stock level — write a whole number of units, 0 or more, such as 25",
                "row 6, column S (库存) '12.5': '12.5' is not a stock level — write a whole number of units, 0 or more, such as 25",
                "row 7, column T (重量(kg)) '很轻': '很轻' is not a weight — write kilograms such as 0.35",
                "row 8, column AB (发货时间(小时)) '尽快': '尽快' is not a number of hours — write whole hours such as 48",
                "row 9, column N (条形码) '6.90123E+12': '6.90123E+12' is a barcode Excel shortened to a number and its "
                        + "digits are lost — format the column as Text and type the full barcode again",
                "row 10, column J (规格1值) '红色': 规格1名称 is empty for 规格1值 '红色' — write the spec's name, such as 颜色 or 尺码"),
                errors.stream().map(RowErrorsTest::seen).toList());
        assertEquals(List.of(), fixture.store.products(Subject.SYSTEM, shelf.api.catalog.ProductQuery.all()));
    }

    @Test
    void aRowWithoutProductCodeIsAnErrorAndAnEmptyRowIsSkipped() throws Exception {
        StoredBatch batch = fixture.importRows(new RowsImporter().sheet("商品", header(), sku("A1", "A1-1", "黑色", "1.00"),
                "||||", row("商品标题", "没有编码的商品", "销售价", "5.00"))).batch();

        assertEquals(List.of("row 4, column A (商品编码) '': the row has no 商品编码 — every row needs its product's code; "
                + "rows with the same code form one product"),
                fixture.store.errors(Subject.SYSTEM, batch.id()).stream().map(RowErrorsTest::seen).toList());
        assertEquals(List.of(2, 1), List.of(batch.rows(), batch.products()));
    }

    @Test
    void aLaterRowThatContradictsTheProductNamesBothRows() throws Exception {
        String second = sku("A1", "A1-2", "白色", "10.00").replace("南极人 2025春季新款纯棉短袖T恤 A1", "恒源祥 羊毛衫");
        List<RowError> errors = errorsOf(header(), sku("A1", "A1-1", "黑色", "10.00"), second,
                row("商品编码", "A1", "SKU编码", "A1-3", "规格1名称", "颜色", "规格1值", "红色", "销售价", "10.00"));

        assertEquals(List.of("row 3, column B (商品标题) '恒源祥 羊毛衫': '恒源祥 羊毛衫' differs from row 2 ('南极人 2025春季新款纯棉"
                + "短袖T恤 A1') of the same product A1 — a product's 商品标题 is the same on all its rows: fill it on row 2 "
                + "only, or make the rows match"), errors.stream().map(RowErrorsTest::seen).toList());
        assertEquals(List.of(), fixture.store.product(Subject.SYSTEM, "A1"));
    }

    @Test
    void productLevelCellsMayBeLeftEmptyOnLaterRows() throws Exception {
        fixture.importRows(new RowsImporter().sheet("商品", header(), sku("A1", "A1-1", "黑色", "10.00"),
                row("商品编码", "A1", "SKU编码", "A1-2", "规格1名称", "颜色", "规格1值", "白色", "销售价", "11.00")));

        assertEquals(2, fixture.product("A1").product().skus().size());
        assertEquals("纯棉", fixture.product("A1").product().attributes().get("材质"));
    }

    @Test
    void twoSkusWithOneCodeAndRowsOfAProductApartAreErrors() throws Exception {
        List<RowError> errors = errorsOf(header(), sku("A1", "A1-1", "黑色", "10.00"), sku("A1", "A1-1", "白色", "10.00"),
                sku("B1", "B1-1", "黑色", "10.00"), sku("B1", "B1-2", "白色", "10.00"), sku("C1", "C1-1", "黑色", "1.00"),
                sku("B1", "B1-3", "红色", "10.00"));

        assertEquals(List.of("row 3, column M (SKU编码) 'A1-1': SKU编码 'A1-1' is also on row 2 of product A1 — give each "
                + "SKU its own code",
                "row 7, column A (商品编码) 'B1': product B1 already ended at row 5 — the rows of one product must be next "
                + "to each other: move this row up under row 5"), errors.stream().map(RowErrorsTest::seen).toList());
        assertEquals(List.of(), fixture.store.product(Subject.SYSTEM, "A1"));
    }

    @Test
    void aCellTheImporterCouldNotReadLeavesItsProductOut() throws Exception {
        RowsImporter rows = new RowsImporter() {
            @Override
            public void read(Path file, shelf.api.importer.ReadOptions options, shelf.api.importer.RowSink sink) {
                sink.startSheet("商品");
                sink.row(1, List.of(header().split("\\|", -1)));
                sink.cellError(2, 2, "\ufffd\ufffd", "the text is not valid GB18030 — save the file as UTF-8");
                sink.row(2, List.of(sku("A1", "A1-1", "黑色", "10.00").split("\\|", -1)));
                sink.row(3, List.of(sku("B1", "B1-1", "黑色", "10.00").split("\\|", -1)));
            }
        };
        StoredBatch batch = fixture.importRows(rows).batch();

        assertEquals(List.of(new RowError(2, 2, "商品标题", "\ufffd\ufffd",
                "the text is not valid GB18030 — save the file as UTF-8")), fixture.store.errors(Subject.SYSTEM, batch.id()));
        assertEquals(List.of(), fixture.store.product(Subject.SYSTEM, "A1"));
        assertEquals(1, batch.products());
    }

    /** As batch:errors shows a row error. */
    static String seen(RowError e) {
        return "row " + e.row() + ", column " + e.columnLetter() + " (" + e.header() + ") '" + e.raw() + "': " + e.reason();
    }
}
