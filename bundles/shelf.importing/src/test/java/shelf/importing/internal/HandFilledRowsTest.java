package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.importing.internal.Rows.header;
import static shelf.importing.internal.Rows.row;
import static shelf.importing.internal.Rows.sku;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;

/**
 * A merchant who fills each SKU row by hand: product-level cells that differ from row to row keep the first
 * row's value with a warning, 材质 and 主图 become the SKU's own, and a made-up SKU code is said.
 */
class HandFilledRowsTest {
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

    private StoredBatch imported(String... rows) throws Exception {
        return fixture.importRows(new RowsImporter().sheet("商品", rows)).batch();
    }

    private List<RowError> listed(StoredBatch batch) throws Exception {
        return fixture.store.errors(Subject.SYSTEM, batch.id());
    }

    @Test
    void tagsAndShippingTimeThatDifferKeepTheFirstRowsValueAndWarnNamingBothCells() throws Exception {
        StoredBatch batch = imported(header(), sku("A1", "A1-1", "黑色", "59.00"),
                sku("A1", "A1-2", "白色", "59.00").replace("新品;热销", "热销").replace("|48", "|72"),
                sku("B2", "B2-1", "黑色", "8.00"));

        assertEquals(List.of(3, 2, 3, 0, 2), List.of(batch.rows(), batch.products(), batch.skus(), batch.errors(),
                batch.warnings()));
        Product a1 = fixture.product("A1").product();
        assertEquals(List.of("新品", "热销"), a1.tags());
        assertEquals(48, a1.dispatchHours());
        assertEquals(2, a1.skus().size());
        assertEquals(List.of(
                RowError.warning(3, 25, "标签", "热销", "'热销' differs from row 2 ('新品;热销') of the same product A1 — "
                        + "row 2's value was kept: a product has one 标签; fill it on row 2 only, or make the rows match"),
                RowError.warning(3, 28, "发货时间(小时)", "72", "'72' differs from row 2 ('48') of the same product A1 — "
                        + "row 2's value was kept: a product has one 发货时间(小时); fill it on row 2 only, or make the rows "
                        + "match")), listed(batch));
    }

    @Test
    void aMaterialThatDiffersIsTheSkusOwnWithoutAWarning() throws Exception {
        StoredBatch batch = imported(header(), sku("A1", "A1-1", "黑色", "59.00"),
                sku("A1", "A1-2", "白色", "59.00").replace("|纯棉|广东广州", "|涤纶|广东广州"));

        assertEquals(List.of(0, 0), List.of(batch.errors(), batch.warnings()));
        StoredProduct stored = fixture.product("A1");
        Product a1 = stored.product();
        assertEquals("纯棉", a1.attributes().get("材质"), "the product keeps the first row's");
        assertEquals(Map.of(), a1.skus().get(0).attributes());
        assertEquals(Map.of("材质", "涤纶"), a1.skus().get(1).attributes());
        SourceCell cell = stored.sources().get("skus[A1-2].attributes.材质");
        assertEquals(List.of(3, "G"), List.of(cell.row(), cell.columnLetter()));
    }

    @Test
    void eachSkuRowsOwnMainImageIsThatSkusImage() throws Exception {
        Files.createDirectories(home.resolve("work/images"));
        for (String colour : List.of("black", "white", "navy")) {
            Files.write(home.resolve("work/images/" + colour + ".jpg"), new byte[] {1});
        }
        StoredBatch batch = imported(header(),
                row("商品编码", "A1", "商品标题", "T恤", "规格1名称", "颜色", "规格1值", "黑色", "SKU编码", "A1-1", "销售价", "59.00",
                        "主图", "images/black.jpg"),
                row("商品编码", "A1", "规格1名称", "颜色", "规格1值", "白色", "SKU编码", "A1-2", "销售价", "59.00",
                        "主图", "images/white.jpg"),
                row("商品编码", "A1", "规格1名称", "颜色", "规格1值", "藏青", "SKU编码", "A1-3", "销售价", "59.00",
                        "主图", "images/navy.jpg"));

        assertEquals(List.of(), listed(batch));
        Product a1 = fixture.product("A1").product();
        Path images = home.resolve("work/images").toAbsolutePath();
        assertEquals(List.of(images.resolve("black.jpg").toString()), a1.mainImages(), "the first row's is the product's");
        assertEquals(List.of("black.jpg", "white.jpg", "navy.jpg"),
                a1.skus().stream().map(Sku::image).map(i -> Path.of(i).getFileName().toString()).toList());
        assertEquals(List.of(true, true, true), a1.skus().stream().map(s -> Path.of(s.image()).isAbsolute()).toList());
        SourceCell first = fixture.product("A1").sources().get("skus[A1-1].image");
        SourceCell third = fixture.product("A1").sources().get("skus[A1-3].image");
        assertEquals(List.of(2, "U", 4, "U"), List.of(first.row(), first.columnLetter(), third.row(), third.columnLetter()));
    }

    @Test
    void aMadeUpSkuCodeIsAWarningNamingTheRow() throws Exception {
        StoredBatch batch = imported(header(),
                row("商品编码", "QH-K02", "商品标题", "裙", "规格1名称", "颜色", "规格1值", "红", "SKU编码", "QH-K02-R", "销售价", "9.00"),
                row("商品编码", "QH-K02", "规格1名称", "颜色", "规格1值", "蓝", "销售价", "9.00"),
                row("商品编码", "ONE", "商品标题", "单品", "销售价", "5.00"));

        assertEquals(List.of(RowError.warning(3, 13, "SKU编码", "", "the row has no SKU编码 — its SKU was given the code "
                + "QH-K02-2; write the SKU's own code in SKU编码")), listed(batch),
                "a product of one SKU sold under its product code is no news");
        assertEquals(List.of("QH-K02-R", "QH-K02-2"),
                fixture.product("QH-K02").product().skus().stream().map(Sku::skuCode).toList());
    }

    @Test
    void aProductLeftOutForAnErrorTakesItsWarningsWithIt() throws Exception {
        StoredBatch batch = imported(header(), sku("A1", "A1-1", "黑色", "59.00"),
                sku("A1", "A1-2", "白色", "12,5").replace("|48", "|72"));

        assertEquals(List.of(1, 0), List.of(batch.errors(), batch.warnings()));
        assertEquals(List.of(false), listed(batch).stream().map(RowError::warning).toList());
    }
}
