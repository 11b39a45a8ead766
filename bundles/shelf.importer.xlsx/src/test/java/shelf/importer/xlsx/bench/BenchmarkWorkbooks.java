package shelf.importer.xlsx.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the benchmark workbooks: the default template's 28 columns, one row per SKU, realistic Chinese
 * listings (four SKUs per product, or a cycle of sizes such as 3,3,3,3,3,3,2: 35,000 products in 100,000 rows), 13-digit barcodes stored as numbers, prices in 0.00. Either with a
 * shared-string table, as Excel saves, or with inline strings, as openpyxl saves. Deterministic (fixed
 * seed), so two runs write the same values.
 *
 * <p>Usage: {@code BenchmarkWorkbooks OUT.xlsx [rows] [shared|inline] [skus-per-product, e.g. 4 or 3,3,2]}; the lead's end-to-end import
 * benchmark can call {@link #write} from the test-jar.
 */
public final class BenchmarkWorkbooks {
    public static final String[] HEADERS = {"商品编码", "商品标题", "副标题", "类目", "品牌", "型号", "材质", "产地",
        "规格1名称", "规格1值", "规格2名称", "规格2值", "SKU编码", "条形码", "进货价", "销售价", "促销价", "市场价", "库存",
        "重量(kg)", "主图", "细节图", "视频", "商品描述", "标签", "运费模板", "退换货政策", "发货时间(小时)"};

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
    private static final int[] FOUR_SKUS = {4};

    private BenchmarkWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BenchmarkWorkbooks OUT.xlsx [rows=100000] [shared|inline] [skus-per-product=4, or a cycle: 3,3,2]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean shared = args.length < 3 || args[2].equals("shared");
        int[] skus = args.length > 3
                ? java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray() : FOUR_SKUS;
        long start = System.nanoTime();
        int products = write(Path.of(args[0]), rows, shared, skus);
        System.out.printf("wrote %s: %,d rows × %d columns, %,d products, %s strings, %,d bytes, %.1f s%n", args[0], rows,
                HEADERS.length, products, shared ? "shared" : "inline", Files.size(Path.of(args[0])), (System.nanoTime() - start) / 1e9);
    }

    /** Writes a header row and {@code rows} SKU rows; shared strings when {@code shared}, inline otherwise. */
    public static void write(Path out, int rows, boolean shared) throws IOException {
        write(out, rows, shared, FOUR_SKUS);
    }

    /** As {@link #write(Path, int, boolean)}, the products' SKU counts taken in turn from {@code skus}; returns the products. */
    public static int write(Path out, int rows, boolean shared, int[] skus) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, shared)) {
            CellStyle price = wb.createCellStyle();
            price.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Sheet sheet = wb.createSheet("商品");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            Random random = new Random(20240305);
            String[] product = new String[14];
            int spu = 0;
            int sku = 0;
            for (int r = 1; r <= rows; r++) {
                if (spu == 0 || ++sku == skus[(spu - 1) % skus.length]) {
                    spu++;
                    sku = 0;
                    describeProduct(random, spu, product);
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue(product[c]);
                }
                row.createCell(8).setCellValue("颜色");
                row.createCell(9).setCellValue(COLOURS[(spu + sku / 2) % COLOURS.length]);
                row.createCell(10).setCellValue("尺码");
                row.createCell(11).setCellValue(SIZES[(spu + sku) % SIZES.length]);
                row.createCell(12).setCellValue(String.format("SPU%06d-%02d", spu, sku + 1));
                row.createCell(13).setCellValue(barcode(spu * 10L + sku));
                int cents = 1990 + random.nextInt(50000);
                money(row, 14, cents * 0.55, price);
                money(row, 15, cents, price);
                money(row, 16, cents * 0.88, price);
                money(row, 17, cents * 1.5, price);
                row.createCell(18).setCellValue(random.nextInt(5000));
                Cell weight = row.createCell(19);
                weight.setCellValue((150 + random.nextInt(1200)) / 1000.0);
                weight.setCellStyle(price);
                for (int c = 20; c < 26; c++) {
                    String value = product[c - 12];
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
                row.createCell(26).setCellValue("7天无理由退换");
                row.createCell(27).setCellValue(48);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                wb.write(stream);
            }
            return spu;
        }
    }

    /** Columns 0–7 and the per-product texts (images, video, description, tags, freight) in 8–13. */
    /** The product-level cells of product {@code spu}: the 14 columns that are the same on each of its rows. */
    public static void describeProduct(Random random, int spu, String[] p) {
        String brand = pick(random, BRANDS);
        String material = pick(random, MATERIALS);
        String item = pick(random, ITEMS);
        p[0] = String.format("SPU%06d", spu);
        p[1] = brand + " " + pick(random, YEARS) + material + pick(random, STYLES) + item + " " + pick(random, EXTRAS)
                + pick(random, EXTRAS) + " " + (spu % 97) + "号";
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

    private static void money(Row row, int column, double cents, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Math.round(cents) / 100.0);
        cell.setCellStyle(style);
    }

    /** A valid EAN-13 starting 690 (China): twelve digits and the check digit. */
    public static long barcode(long serial) {
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

    public static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    public static String size(int index) {
        return SIZES[index % SIZES.length];
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
