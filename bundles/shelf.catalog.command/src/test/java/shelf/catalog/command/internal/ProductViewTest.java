package shelf.catalog.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;

/** product:show: an SKU's own picture and attributes are shown beside the template's SKU columns. */
class ProductViewTest {
    private static final BigDecimal PRICE = new BigDecimal("59.00");

    private static StoredProduct tee() {
        List<Sku> skus = List.of(
                new Sku("T-1", "", Map.of("颜色", "黑色"), null, PRICE, null, null, 5, null, Map.of(), "/desk/black.jpg"),
                new Sku("T-2", "", Map.of("颜色", "白色"), null, PRICE, null, null, 5, null, Map.of("材质", "涤纶"),
                        "/desk/white.jpg"));
        Product p = new Product("acme", "T", "T恤", "", "服装/T恤", "", Map.of("材质", "纯棉"), "", List.of(),
                List.of("/desk/black.jpg"), List.of(), "", "", "", null, skus);
        return new StoredProduct(p, 1, Map.of("skus[T-2].image", new SourceCell("t.xlsx", "商品", 3, 21),
                "skus[T-2].attributes.材质", new SourceCell("t.xlsx", "商品", 3, 7)), 1, Instant.EPOCH);
    }

    @Test
    void theSkuTableShowsEachSkusPictureAndItsOwnMaterial() {
        String shown = ProductView.of(tee(), false);
        List<String> lines = shown.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("SKU编码")).findFirst().orElseThrow());
        assertEquals(List.of("SKU编码", "条形码", "规格", "进货价", "销售价", "促销价", "市场价", "库存", "重量(kg)", "材质", "主图"),
                List.of(lines.get(header).strip().split("\\s{2,}")), shown);
        assertTrue(lines.get(header + 1).strip().matches("T-1\\s+颜色=黑色\\s+59.00\\s+5\\s+纯棉\\s+/desk/black.jpg"), shown);
        assertTrue(lines.get(header + 2).strip().matches("T-2\\s+颜色=白色\\s+59.00\\s+5\\s+涤纶\\s+/desk/white.jpg"), shown);
    }

    @Test
    void withSourcesEachSkusPictureNamesItsCell() {
        String shown = ProductView.of(tee(), true);
        assertTrue(shown.lines().anyMatch(l -> l.matches("\\s*主图\\s+/desk/white.jpg\\s+t.xlsx, sheet 商品, row 3, column U")),
                shown);
        assertTrue(shown.lines().anyMatch(l -> l.matches("\\s*材质\\s+涤纶\\s+t.xlsx, sheet 商品, row 3, column G")), shown);
    }
}
