package shelf.rules.engine.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/** Products for the rule tests: a complete, faultless one and copies with one defect each. */
final class RuleProducts {
    private RuleProducts() {}

    static Sku sku(String code, String barcode, String cost, String sale, String promo) {
        return new Sku(code, barcode, Map.of("颜色", "红色"), price(cost), price(sale), price(promo), null, 10,
                new BigDecimal("0.3"));
    }

    static Product product(String spu, String title, List<Sku> skus) {
        return new Product("m1", spu, title, "", "服饰鞋包/女装/T恤", "优衣库", Map.of("型号", "T-100", "材质", "棉", "产地", "广东"),
                "<p>好</p>", List.of(), List.of("https://img.example.com/a.jpg"), List.of("https://img.example.com/d.jpg"), "", "包邮", "七天无理由", 48, skus);
    }

    static Product good(String spu) {
        return product(spu, "纯棉短袖T恤 女 夏季", List.of(sku(spu + "-1", ean13(spu), "20", "59", "49")));
    }

    /** A valid EAN-13 of its own for each SPU code, so faultless products never share a barcode. */
    static String ean13(String spu) {
        String digits = String.format("690%09d", Math.floorMod(spu.hashCode(), 1_000_000_000));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    static BigDecimal price(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
