package shelf.core.internal.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * An importer that "reads" a generated merchant's sheet: the default template's 28 columns, one row per
 * SKU, realistic Chinese listings, 13-digit barcodes, prices with 2 decimals. Rows are made as they are
 * delivered, like a streaming reader's, so the benchmark measures mapping and storing, not a big list.
 * Deterministic: the same seed gives the same rows; {@code priceBump} changes every sale price by that
 * many fen, to measure an import that updates every product.
 */
final class GeneratedSheet implements Importer {
    private static final String[] BRANDS = {"南极人", "恒源祥", "花花公子", "森马", "美特斯邦威", "李宁", "安踏", "太平鸟", "海澜之家", "七匹狼"};
    private static final String[] YEARS = {"2024新款", "2025春季新款", "夏季新品", "秋冬爆款", "官方旗舰"};
    private static final String[] MATERIALS = {"纯棉", "冰丝", "莫代尔", "涤纶", "亚麻", "真丝", "羊毛"};
    private static final String[] ITEMS = {"短袖T恤", "圆领卫衣", "休闲长裤", "牛仔裤", "连衣裙", "衬衫", "运动外套", "羽绒服", "针织开衫", "polo衫"};
    private static final String[] STYLES = {"男士宽松", "女款修身", "情侣百搭", "潮流印花", "简约纯色", "韩版学生", "商务休闲"};
    private static final String[] EXTRAS = {"透气吸汗", "不起球", "大码", "加绒加厚", "免烫抗皱", "凉感速干", "明星同款"};
    private static final String[] CATEGORIES = {"服装>男装>T恤", "服装>女装>连衣裙", "服装>男装>裤子", "服装>女装>外套", "运动户外>运动服"};
    private static final String[] ORIGINS = {"广东广州", "浙江杭州", "福建泉州", "江苏苏州", "山东青岛"};
    private static final String[] COLOURS = {"黑色", "白色", "藏青色", "卡其色", "酒红色", "雾霾蓝"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "XXL", "3XL"};

    private final int rows;
    private final int skusPerProduct;
    private final int priceBump;

    GeneratedSheet(int rows, int skusPerProduct, int priceBump) {
        this.rows = rows;
        this.skusPerProduct = skusPerProduct;
        this.priceBump = priceBump;
    }

    @Override
    public boolean accepts(Path file) {
        return true;
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) {
        sink.startSheet("商品");
        sink.row(1, Arrays.asList(Rows.TEMPLATE));
        Random random = new Random(20240305);
        String[] product = new String[14];
        for (int r = 1; r <= rows; r++) {
            int spu = (r - 1) / skusPerProduct + 1;
            int sku = (r - 1) % skusPerProduct;
            if (sku == 0) {
                describe(random, spu, product);
            }
            int cents = 1990 + random.nextInt(50000);
            String[] cells = new String[28];
            System.arraycopy(product, 0, cells, 0, 8);
            cells[8] = "颜色";
            cells[9] = COLOURS[(spu + sku / 2) % COLOURS.length];
            cells[10] = "尺码";
            cells[11] = SIZES[(spu + sku) % SIZES.length];
            cells[12] = String.format("SPU%06d-%02d", spu, sku + 1);
            cells[13] = Long.toString(barcode(spu * 10L + sku));
            cells[14] = money(cents * 55L / 100);
            cells[15] = money(cents + priceBump);
            cells[16] = money(cents * 88L / 100);
            cells[17] = money(cents * 3L / 2);
            cells[18] = Integer.toString(random.nextInt(5000));
            cells[19] = money((150 + random.nextInt(1200)) / 10); // kilograms: 0.15 to 1.34
            System.arraycopy(product, 8, cells, 20, 6);
            cells[26] = "7天无理由退换";
            cells[27] = "48";
            if (!sink.row(r + 1, Arrays.asList(cells))) {
                return;
            }
            if (r % 1000 == 0) {
                sink.progress(r, rows);
            }
        }
    }

    private static void describe(Random random, int spu, String[] p) {
        String brand = pick(random, BRANDS);
        String material = pick(random, MATERIALS);
        p[0] = String.format("SPU%06d", spu);
        p[1] = brand + " " + pick(random, YEARS) + material + pick(random, STYLES) + pick(random, ITEMS) + " "
                + pick(random, EXTRAS) + pick(random, EXTRAS) + " " + (spu % 97) + "号";
        p[2] = pick(random, EXTRAS) + "，" + material + "面料，" + pick(random, EXTRAS);
        p[3] = pick(random, CATEGORIES);
        p[4] = brand;
        p[5] = "M" + (10000 + spu);
        p[6] = material;
        p[7] = pick(random, ORIGINS);
        String base = "https://img.shelf.example/spu/" + p[0] + "/";
        p[8] = base + "main_1.jpg;" + base + "main_2.jpg;" + base + "main_3.jpg";
        p[9] = base + "detail_1.jpg;" + base + "detail_2.jpg";
        p[10] = spu % 5 == 0 ? base + "video.mp4" : "";
        p[11] = "<p>" + p[1] + "</p><p>面料：" + material + "，产地：" + p[7] + "。" + pick(random, EXTRAS) + "，"
                + pick(random, EXTRAS) + "。</p><img src=\"" + base + "detail_1.jpg\"/>";
        p[12] = spu % 3 == 0 ? "新品;热销" : "热销";
        p[13] = spu % 4 == 0 ? "偏远地区不包邮" : "全国包邮";
    }

    private static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A valid EAN-13 starting 690 (China). */
    static long barcode(long serial) {
        long twelve = 690_000_000_000L + serial % 1_000_000_000L;
        int sum = 0;
        long rest = twelve;
        for (int i = 0; i < 12; i++) {
            int digit = (int) (rest % 10);
            sum += (i % 2 == 0) ? digit * 3 : digit;
            rest /= 10;
        }
        return twelve * 10 + (10 - sum % 10) % 10;
    }

    static List<String> header() {
        return Arrays.asList(Rows.TEMPLATE);
    }
}
