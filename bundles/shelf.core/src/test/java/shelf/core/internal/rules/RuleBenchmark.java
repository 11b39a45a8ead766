package shelf.core.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.rules.Finding;

/** Not a test: validates 20,000 products × 5 SKUs with the base pack and prints products/s. */
public final class RuleBenchmark {
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<Product> batch = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            List<Sku> skus = new ArrayList<>(5);
            for (int s = 0; s < 5; s++) {
                String barcode = "690" + String.format("%09d", p * 5 + s);
                barcode += checkDigit(barcode);
                skus.add(new Sku("S" + p + "-" + s, p % 97 == 0 ? "6901234567891" : barcode, Map.of("尺码", "M"),
                        new BigDecimal("20.00"), new BigDecimal("59.00"), new BigDecimal(p % 50 == 0 ? "69.00" : "49.00"),
                        null, 10, new BigDecimal("0.30")));
            }
            String title = (p % 10 == 0 ? "全网最低 " : "") + "纯棉短袖T恤女夏季新款宽松百搭上衣 " + p;
            batch.add(new Product("m1", "P" + p, title, "", "服饰鞋包/女装/T恤", "优衣库", Map.of("材质", "棉"),
                    "<p>描述</p>", List.of(), List.of("a.jpg"), List.of("d.jpg"), "", "包邮", "七天无理由", 48, skus));
        }
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackFiles.load("base"));
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            List<Finding> findings = engine.validateProducts(batch, "");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d products (%,d SKUs) in %.2f s — %,.0f products/s, %,.0f SKUs/s, %,d findings%n",
                    round, count, count * 5, seconds, count / seconds, count * 5 / seconds, findings.size());
        }
    }

    private static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
