package shelf.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.NewBatch;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SourceCell;

/** Products as a merchant's sheet would give them: SPU A1 with SKUs A1-1, A1-2 on rows 2 and 3, and so on. */
final class TestProducts {
    static final String FILE = "商品表.xlsx";
    static final String SHEET = "商品";

    private TestProducts() {}

    static ImportedProduct product(String spu, int firstRow, String... salePrices) {
        List<Sku> skus = new ArrayList<>();
        Map<String, SourceCell> sources = new LinkedHashMap<>();
        sources.put("spuCode", cell(firstRow, 1));
        sources.put("title", cell(firstRow, 2));
        sources.put("attributes.材质", cell(firstRow, 7));
        for (int i = 0; i < salePrices.length; i++) {
            String code = spu + "-" + (i + 1);
            skus.add(new Sku(code, "690123456789" + i, Map.of("颜色", i % 2 == 0 ? "黑色" : "白色"),
                    new BigDecimal("50.00"), new BigDecimal(salePrices[i]), null, new BigDecimal("199.00"), 10 + i,
                    new BigDecimal("0.35")));
            sources.put("skus[" + code + "].skuCode", cell(firstRow + i, 13));
            sources.put("skus[" + code + "].barcode", cell(firstRow + i, 14));
            sources.put("skus[" + code + "].salePrice", cell(firstRow + i, 16));
        }
        Product product = new Product("m1", spu, "南极人 纯棉短袖T恤 " + spu, "", "服装/男装/T恤", "南极人",
                Map.of("材质", "纯棉"), "<p>纯棉</p>", List.of("热销"), List.of("/img/" + spu + "/main_1.jpg"), List.of(),
                "", "全国包邮", "7天无理由退换", 48, skus);
        return new ImportedProduct(product, sources);
    }

    static SourceCell cell(int row, int column) {
        return new SourceCell(FILE, SHEET, row, column);
    }

    static NewBatch batch(List<ImportedProduct> products) {
        int rows = products.stream().mapToInt(p -> p.product().skus().size()).sum();
        return new NewBatch("m1", FILE, SHEET, rows, products, List.of(), "ops");
    }

    /** {@code count} products of {@code skusEach} SKUs, sale prices 99.00. */
    static List<ImportedProduct> many(int count, int skusEach) {
        List<ImportedProduct> products = new ArrayList<>(count);
        String[] prices = new String[skusEach];
        java.util.Arrays.fill(prices, "99.00");
        for (int i = 0; i < count; i++) {
            products.add(product(String.format("SPU%06d", i), 2 + i * skusEach, prices));
        }
        return products;
    }
}
