package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.importing.internal.Rows.header;
import static shelf.importing.internal.Rows.sku;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredBatch;
import shelf.api.catalog.StoredProduct;
import shelf.api.security.Subject;

/** Given a sheet in the default template (or with aliases), import, expect these products exactly. */
class ColumnMappingTest {
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

    @Test
    void theDefaultTemplateBecomesProductsWithEveryValueExact() throws Exception {
        StoredBatch batch = fixture.importRows(new RowsImporter().sheet("商品", header(),
                sku("SPU001", "SPU001-BK", "黑色", "89.90"), sku("SPU001", "SPU001-WH", "白色", "1,299.5"),
                sku("SPU002", "SPU002-BK", "黑色", "¥12"))).batch();

        assertEquals(List.of(3, 2, 3, 0, 2), List.of(batch.rows(), batch.products(), batch.skus(), batch.errors(),
                batch.created()));
        assertEquals("default", batch.merchant());
        assertEquals("商品", batch.sheet());
        Product p = fixture.product("SPU001").product();
        Path folder = home.resolve("work");
        assertEquals("default", p.merchant());
        assertEquals("南极人 2025春季新款纯棉短袖T恤 SPU001", p.title());
        assertEquals("服装/男装/T恤", p.categoryPath());
        assertEquals("南极人", p.brand());
        assertEquals(List.of("型号", "材质", "产地"), List.copyOf(p.attributes().keySet()));
        assertEquals("纯棉", p.attributes().get("材质"));
        assertEquals(List.of(folder.resolve("images/SPU001_1.jpg").toString(), "https://img.example/SPU001_2.jpg"),
                p.mainImages());
        assertEquals(List.of(folder.resolve("d1.jpg").toString(), folder.resolve("d2.jpg").toString()), p.detailImages());
        assertEquals(List.of("新品", "热销"), p.tags());
        assertEquals(48, p.dispatchHours());
        assertEquals("7天无理由退换", p.returnPolicy());
        Sku white = p.skus().get(1);
        assertEquals("SPU001-WH", white.skuCode());
        assertEquals("6901234567892", white.barcode());
        assertEquals(Map.of("颜色", "白色", "尺码", "XL"), white.specs());
        assertEquals(List.of("颜色", "尺码"), List.copyOf(white.specs().keySet()));
        assertEquals(new BigDecimal("1299.5"), white.salePrice());
        assertEquals(new BigDecimal("45.10"), white.costPrice());
        assertEquals(1200, white.stock());
        assertEquals(new BigDecimal("0.35"), white.weightKg());
        assertEquals(new BigDecimal("12"), fixture.product("SPU002").product().skus().get(0).salePrice());
    }

    @Test
    void everyValueRecordsTheCellItCameFrom() throws Exception {
        fixture.importRows(new RowsImporter().sheet("商品", header(), sku("SPU001", "S-1", "黑色", "89.90"),
                sku("SPU001", "S-2", "白色", "99.90")));

        StoredProduct p = fixture.product("SPU001");
        Map<String, SourceCell> sources = p.sources();
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 2), sources.get("title"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 7), sources.get("attributes.材质"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 3, 16), sources.get("skus[S-2].salePrice"));
        assertEquals("商品表.xlsx, sheet 商品, row 3, column P", sources.get("skus[S-2].salePrice").toString());
        assertEquals(new SourceCell("商品表.xlsx", "商品", 3, 10), sources.get("skus[S-2].specs.颜色"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 1), sources.get("spuCode"));
        assertEquals(null, sources.get("video"), "an empty cell stores no value and so no source");
    }

    @Test
    void aSpecNamedTwiceInARowKeepsTheLaterColumnsValueAndCell() throws Exception {
        fixture.importRows(new RowsImporter().sheet("商品",
                "商品编码|商品标题|规格1名称|规格1值|规格2名称|规格2值|销售价|产地",
                "A1|短袖|颜色|黑色|颜色|白色|10.00|广州",
                "A1||尺码|M|||12.00|"));

        StoredProduct p = fixture.product("A1");
        assertEquals(Map.of("颜色", "白色"), p.product().skus().get(0).specs());
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 6), p.sources().get("skus[A1].specs.颜色"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 3, 4), p.sources().get("skus[A1-2].specs.尺码"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 3, 7), p.sources().get("skus[A1-2].salePrice"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 8), p.sources().get("attributes.产地"));
        assertEquals(new SourceCell("商品表.xlsx", "商品", 2, 2), p.sources().get("title"));
        assertEquals(7, p.sources().size(), p.sources().toString());
    }

    @Test
    void marketplaceAliasesAndEnglishHeadersMapToTheTemplate() throws Exception {
        fixture.importRows(new RowsImporter().sheet("Sheet1",
                "outer_id| 宝贝标题 |Price|sku_outer_id|条码|数量|重量（ＫＧ）|TITLE2|备注",
                "T100|夏季冰丝T恤|59.00|T100-1|6901234567892|7|0.2|x|赠品：袜子"));

        Product p = fixture.product("T100").product();
        assertEquals("夏季冰丝T恤", p.title());
        Sku sku = p.skus().get(0);
        assertEquals(List.of("T100-1", "6901234567892", "59.00", "7", "0.2"), List.of(sku.skuCode(), sku.barcode(),
                sku.salePrice().toPlainString(), sku.stock().toString(), sku.weightKg().toPlainString()));
        assertEquals(Map.of("TITLE2", "x", "备注", "赠品：袜子"), p.attributes(), "unknown columns become attributes");
    }

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndRowNumbersStayTheSheets() throws Exception {
        StoredBatch batch = fixture.importRows(new RowsImporter().sheet("商品", "XX旗舰店 商品导入表|||", "",
                "请勿修改表头，带*为必填|", header(), sku("A1", "A1-1", "黑色", "10.00"), "|||", sku("B2", "", "白色",
                        "20.00"))).batch();

        assertEquals(List.of(2, 2, 0), List.of(batch.rows(), batch.products(), batch.errors()));
        assertEquals(5, fixture.product("A1").sources().get("title").row());
        assertEquals("B2", fixture.product("B2").product().skus().get(0).skuCode(),
                "without an SKU编码 a single SKU takes the product's code");
    }

    @Test
    void theFirstSheetWithAHeaderIsReadUnlessOneIsNamed() throws Exception {
        RowsImporter workbook = new RowsImporter().sheet("填写说明", "每行一个SKU", "价格保留两位小数")
                .sheet("商品", header(), sku("A1", "A1-1", "黑色", "10.00"))
                .sheet("旧商品", header(), sku("OLD", "OLD-1", "黑色", "10.00"));

        assertEquals("商品", fixture.importRows(workbook).batch().sheet());
        assertEquals(List.of(), fixture.store.product(Subject.SYSTEM, "OLD"));

        assertEquals("旧商品", fixture.importRows(workbook, new shelf.api.importer.ImportRequest("", "", "旧商品")).batch()
                .sheet());
        assertEquals(1, fixture.store.product(Subject.SYSTEM, "OLD").size());
    }

    @Test
    void theMerchantComesFromTheRequestElseTheColumnElseDefault() throws Exception {
        RowsImporter rows = new RowsImporter().sheet("商品", "商家|商品编码|商品标题|销售价", "小王服饰|A1|T恤|10.00",
                "|B1|衬衫|20.00");

        StoredBatch batch = fixture.importRows(rows).batch();
        assertEquals("小王服饰, default", batch.merchant());
        assertEquals("小王服饰", fixture.product("A1").product().merchant());
        assertEquals("default", fixture.product("B1").product().merchant());

        StoredBatch named = fixture.importRows(rows, new shelf.api.importer.ImportRequest("大李", "", "")).batch();
        assertEquals("大李", named.merchant());
        assertEquals(2, fixture.store.products(Subject.SYSTEM, new shelf.api.catalog.ProductQuery(null, "", "大李", 0)).size());
    }

    @Test
    void reImportingTheSameRowsChangesNothingAndAChangedPriceIsRecorded() throws Exception {
        fixture.importRows(new RowsImporter().sheet("商品", header(), sku("A1", "A1-1", "黑色", "10.00")));
        StoredBatch same = fixture.importRows(new RowsImporter().sheet("商品", header(), sku("A1", "A1-1", "黑色", "10.00")))
                .batch();
        StoredBatch changed = fixture.importRows(new RowsImporter().sheet("商品", header(),
                sku("A1", "A1-1", "黑色", "9.90"))).batch();

        assertEquals(List.of(0, 0, 1), List.of(same.created(), same.updated(), same.unchanged()));
        assertEquals(List.of(0, 1, 0), List.of(changed.created(), changed.updated(), changed.unchanged()));
        assertEquals(List.of("skus[A1-1].salePrice"), fixture.store.history(Subject.SYSTEM, "default", "A1").get(1).changedFields());
    }
}
