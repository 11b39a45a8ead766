package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shelf.launcher.ImportIT.assertFigure;
import static shelf.launcher.ImportIT.columns;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * A workbook whose SKU rows were filled by hand, imported into the real distribution: the product is kept,
 * the differences are warnings beside the row errors, each colour's picture is its SKU's.
 */
class HandFilledImportIT extends RunningShelf {
    @Test
    void differingRowsAreWarningsAndEachSkuKeepsItsPicture() throws Exception {
        Files.createDirectories(desk.resolve("图片"));
        Files.write(desk.resolve("图片/红.jpg"), new byte[] {1});
        Files.write(desk.resolve("图片/蓝.jpg"), new byte[] {2});
        new MerchantWorkbook("手填")
                .row("商品编码", "QH-K02", "商品标题", "碎花连衣裙", "类目", "服饰鞋包>女装>连衣裙", "材质", "棉",
                        "规格1名称", "颜色", "规格1值", "红色", "SKU编码", "QH-K02-R", "销售价", 59d, "库存", 3d,
                        "主图", "图片/红.jpg", "标签", "新品", "发货时间(小时)", "48")
                .row("商品编码", "QH-K02", "材质", "雪纺", "规格1名称", "颜色", "规格1值", "蓝色", "销售价", 59d, "库存", 4d,
                        "主图", "图片/蓝.jpg", "标签", "新品;热销", "发货时间(小时)", "72")
                .write(desk.resolve("手填.xlsx"));

        String summary = shelf.ok("import 手填.xlsx --merchant acme");
        assertFigure(summary, "products", "1  (1 new, 0 updated, 0 unchanged)");
        assertFigure(summary, "row errors", "0");
        assertFigure(summary, "warnings", "3  — see batch:errors 1");

        String errors = shelf.ok("batch:errors 1");
        assertTrue(errors.startsWith("Batch 1 (手填.xlsx) has no row errors\nWarnings (3) — these rows were imported:\n"),
                errors);
        assertEquals("4", columns(ShelfCommand.lineWith(errors, "'新品;热销' differs from row 3")).get(0), errors);
        assertTrue(ShelfCommand.lineWith(errors, "'72' differs from row 3 ('48')").contains("AB"), errors);
        assertTrue(ShelfCommand.lineWith(errors, "SKU编码").contains("the row has no SKU编码 — its SKU was given the code "
                + "QH-K02-2"), errors);

        String product = shelf.ok("product:show QH-K02");
        assertTrue(ShelfCommand.lineWith(product, "QH-K02-R").matches(".*棉\\s+\\S*图片/红.jpg"), product);
        assertTrue(ShelfCommand.lineWith(product, "QH-K02-2").matches(".*雪纺\\s+\\S*图片/蓝.jpg"), product);
    }
}
