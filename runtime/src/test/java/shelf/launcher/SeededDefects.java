package shelf.launcher;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

/**
 * A merchant workbook of a given number of SKU rows where every product is faultless except the ones
 * given a defect, one defect each, cycling through the base pack's finding codes — and the list of
 * findings each defect must raise. Products span the apparel, home and digital categories and one no
 * category pack covers, so every pack runs; media files are real PNGs and MP4 headers beside the workbook.
 */
final class SeededDefects {
    /** A finding the validation must raise: its code and where. */
    record Seeded(String code, String spu, String sku) {
    }

    private static final String[] CATEGORIES = {"服饰鞋包>女装>T恤", "家居日用>收纳>收纳盒", "数码配件>手机配件>数据线",
            "食品饮料>零食>坚果"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};
    private static final int CYCLE = 16;

    final List<Seeded> seeded = new ArrayList<>();
    private final MerchantWorkbook book = new MerchantWorkbook("种子缺陷测试");
    private final boolean withDefects;
    private long barcodes;
    int products;

    private SeededDefects(boolean withDefects) {
        this.withDefects = withDefects;
    }

    static SeededDefects generate(Path folder, int rows) throws IOException {
        return generate(folder, rows, true);
    }

    /**
     * With {@code defects} false every product is faultless — a batch every pack and every channel lets
     * through — and its images are public URLs, as marketplaces that fetch images themselves (Douyin) want.
     */
    static SeededDefects generate(Path folder, int rows, boolean defects) throws IOException {
        Path media = Files.createDirectories(folder.resolve("media"));
        png(media.resolve("good.png"), 800, 800);
        png(media.resolve("small.png"), 400, 400);
        png(media.resolve("wide.png"), 1000, 800);
        png(media.resolve("detail.png"), 790, 1200);
        Mp4File.write(media.resolve("short.mp4"), 15, 720, 720);
        Mp4File.write(media.resolve("long.mp4"), 45, 720, 720);
        SeededDefects seeded = new SeededDefects(defects);
        for (int p = 0, row = 0; row < rows; p++) {
            int skus = Math.min(1 + p % 4, rows - row);
            seeded.product(p, skus);
            row += skus;
        }
        seeded.book.write(folder.resolve("seeded.xlsx"));
        return seeded;
    }

    /** How many findings of each code the workbook must raise. */
    Map<String, Integer> expectedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        seeded.forEach(s -> counts.merge(s.code(), 1, Integer::sum));
        return counts;
    }

    private void product(int p, int skus) {
        String spu = String.format("SPU%05d", p);
        int defect = withDefects ? p % CYCLE : 0;
        products++;
        String category = CATEGORIES[(p / CYCLE) % CATEGORIES.length];
        String title = switch (defect) {
            case 2 -> "最好的纯棉圆领短袖T恤女款夏季 " + p;
            case 3 -> "纯棉圆领短袖T恤女款夏季宽松百搭上衣学生韩版简约百搭纯色打底衫舒适透气 " + p;
            default -> "纯棉圆领短袖T恤女款夏季 " + p;
        };
        if (defect == 1) {
            seeded.add(new Seeded("field.required", spu, ""));
        } else if (defect == 2) {
            seeded.add(new Seeded("title.banned-word", spu, ""));
        } else if (defect == 3) {
            seeded.add(new Seeded("title.too-long", spu, ""));
        }
        String imageBase = withDefects ? "media/" : "https://img.example.com/qinghe/" + spu + "-";
        String mainImage = switch (defect) {
            case 8 -> "";
            case 9 -> "media/small.png";
            case 10 -> "media/wide.png";
            default -> imageBase + "good.png";
        };
        String[] imageCodes = {"image.missing", "image.too-small", "image.not-square"};
        if (defect >= 8 && defect <= 10) {
            seeded.add(new Seeded(imageCodes[defect - 8], spu, ""));
        }
        if (defect == 11) {
            seeded.add(new Seeded("video.too-long", spu, ""));
        }
        for (int s = 0; s < skus; s++) {
            String sku = spu + "-" + s;
            boolean first = s == 0;
            double cost = 20;
            double promo = 49;
            String barcode = ean13(++barcodes);
            if (first && defect == 4) {
                promo = 69;
                seeded.add(new Seeded("price.promo-above-sale", spu, sku));
            } else if (first && defect == 5) {
                cost = 65;
                seeded.add(new Seeded("price.cost-above-sale", spu, sku));
            } else if (first && defect == 6) {
                barcode = barcode.substring(0, 12) + (char) ('0' + (barcode.charAt(12) - '0' + 1) % 10);
                seeded.add(new Seeded("barcode.bad-check-digit", spu, sku));
            } else if (first && defect == 7) {
                // the first SKU of this product takes the code of the previous product's first SKU
                String taken = String.format("SPU%05d", p - 1) + "-0";
                seeded.add(new Seeded("sku.duplicate-code", spu, taken));
                seeded.add(new Seeded("sku.duplicate-code", String.format("SPU%05d", p - 1), taken));
                sku = taken;
            }
            book.row("商品编码", spu, "商品标题", title, "类目", category, "品牌", defect == 1 ? "" : "青禾",
                    "型号", "QH-" + p, "材质", "棉", "产地", "广东广州",
                    "规格1名称", "颜色", "规格1值", "白色", "规格2名称", "尺码", "规格2值", SIZES[s % SIZES.length],
                    "SKU编码", sku, "条形码", barcode, "进货价", cost, "销售价", 59d, "促销价", promo, "市场价", 79d,
                    "库存", 100d, "重量(kg)", 0.3, "主图", mainImage, "细节图", imageBase + "detail.png",
                    "视频", !withDefects ? "" : defect == 11 ? "media/long.mp4" : "media/short.mp4", "商品描述", "<p>商品详情</p>",
                    "运费模板", "包邮", "退换货政策", "七天无理由退换", "发货时间(小时)", 48d);
        }
    }

    /** A valid EAN-13 (check digit computed) from a running number. */
    static String ean13(long n) {
        String digits = String.format("690%09d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static void png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 90, 160));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
