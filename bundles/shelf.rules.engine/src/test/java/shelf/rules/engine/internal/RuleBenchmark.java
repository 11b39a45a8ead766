package shelf.rules.engine.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Finding;

/**
 * Not a test: validates generated products (5 SKUs each, 1,000,000 SKUs by default) with the base pack
 * and the three category packs as the rule bundles ship them, main images read from real files' headers,
 * and prints SKUs/s per round. Run by runtime/bench-rules.sh.
 */
public final class RuleBenchmark {
    private static final String[] CATEGORIES = {"服饰鞋包/女装/T恤", "家居日用/收纳/收纳盒", "数码配件/手机配件/数据线",
            "食品饮料/零食/坚果"};

    public static void main(String[] args) throws IOException {
        int skuCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int products = skuCount / 5;
        Path images = Files.createTempDirectory("rule-bench");
        Path good = png(images.resolve("good.png"), 800, 800);
        Path small = png(images.resolve("small.png"), 400, 400);
        List<Product> batch = new ArrayList<>(products);
        for (int p = 0; p < products; p++) {
            batch.add(product(p, p % 61 == 0 ? small : good));
        }
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.media = new ImageIoHeaders();
        for (String pack : List.of("base", "apparel", "home", "digital")) {
            engine.addPack(RulePackFiles.load(pack));
        }
        System.out.printf("%,d products, %,d SKUs, packs %s, %d cores, max heap %,d MB%n", products, products * 5,
                engine.packs(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            List<Finding> findings = engine.validateProducts(batch, "");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d SKUs in %.2f s — %,.0f SKUs/s, %,d findings%n",
                    round, products * 5, seconds, products * 5 / seconds, findings.size());
        }
    }

    private static Product product(int p, Path mainImage) {
        List<Sku> skus = new ArrayList<>(5);
        for (int s = 0; s < 5; s++) {
            String barcode = "690" + String.format("%09d", p * 5 + s);
            barcode += checkDigit(barcode);
            skus.add(new Sku("S" + p + "-" + s, p % 97 == 0 ? "6901234567891" : barcode,
                    Map.of("颜色", "白色", "尺码", new String[] {"S", "M", "L", "XL", "XXL"}[s]),
                    new BigDecimal("20.00"), new BigDecimal("59.00"), new BigDecimal(p % 50 == 0 ? "69.00" : "49.00"),
                    new BigDecimal("79.00"), 10, new BigDecimal("0.30")));
        }
        String title = (p % 10 == 0 ? "全网最低 " : "") + "纯棉短袖T恤女夏季新款宽松百搭上衣 " + p;
        return new Product("m1", "P" + p, title, "", CATEGORIES[p % CATEGORIES.length], "优衣库",
                Map.of("型号", "QH-" + p, "材质", "棉", "产地", "广东"), "<p>描述</p>", List.of(),
                List.of(mainImage.toString()), List.of(mainImage.toString()), "", "包邮", "七天无理由", 48, skus);
    }

    private static Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
