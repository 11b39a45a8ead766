package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The issue's "done when": a workbook made with {@code template} and filled as its 说明 sheet says — every
 * column it marks 必填 or 上架必填, the extra needs it lists for the category, nothing else — validates clean for
 * every channel and, with its photos processed, publishes to all five channels of the sandbox.
 */
class TemplateToSandboxIT extends RunningShelf {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final String CATEGORY = "服饰鞋包/女装/T恤";

    @BeforeEach
    @Override
    void startShelf() throws Exception {
        ShelfCommand.withSandbox(home);
        super.startShelf();
    }

    @Test
    void aWorkbookFilledAsTheTemplateSaysValidatesCleanAndGoesLiveOnAllFiveChannels() throws Exception {
        String wrote = shelf.ok("template --out 商品模板.xlsx");
        assertTrue(wrote.startsWith("Wrote " + desk.resolve("商品模板.xlsx")), wrote);

        Instructions instructions = Instructions.read(desk.resolve("商品模板.xlsx"));
        assertEquals("上架必填", instructions.need.get("品牌"), "the base pack blocks a product without a brand");
        assertEquals("上架必填", instructions.need.get("促销价"), instructions.need.toString());
        assertEquals(Set.of("规格：颜色", "规格：尺码"), Set.copyOf(instructions.forCategory("服饰鞋包/**")),
                "the apparel pack's colour and size, listed for 服饰鞋包: " + instructions.more);

        String[] spus = {"TX-1", "TX-2", "TX-3"};
        Path images = Files.createDirectories(desk.resolve("images"));
        for (String spu : spus) {
            photo(images.resolve(spu + "-1.jpg"), "jpeg", 1);
            photo(images.resolve(spu + "-2.png"), "png", 2);
            photo(images.resolve(spu + "-detail.jpg"), "jpeg", 3);
        }
        fill(desk.resolve("商品模板.xlsx"), desk.resolve("春季上新.xlsx"), instructions, spus);

        String imported = shelf.ok("import 春季上新.xlsx --merchant acme");
        assertTrue(imported.contains("products    3  (3 new"), imported);
        assertTrue(imported.contains("row errors  0"), imported);

        String plain = shelf.ok("validate 1");
        assertTrue(plain.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("0 errors"), plain);
        for (String channel : CHANNELS) {
            String validated = shelf.ok("validate 1 --channel " + channel);
            assertTrue(validated.strip().lines().reduce((a, b) -> b).orElseThrow().startsWith("0 errors"), channel + ":\n" + validated);
        }

        String processed = shelf.ok("images:process 1");
        assertTrue(processed.contains("9 images") && processed.contains("0 failed"), processed);

        shelf.ok("merchant:set acme --annual-sales 8000000; submit --batch 1");
        String published = shelf.ok("publish 1 --all-channels --wait");
        assertTrue(published.contains("15 done, 0 failed"), published);

        for (String channel : CHANNELS) {
            String listings = shelf.ok("sandbox:listings " + channel);
            for (String spu : spus) {
                String line = ShelfCommand.lineWith(listings, spu);
                assertNotNull(line, channel + ":\n" + listings);
                assertTrue(line.strip().endsWith("yes"), "on sale on " + channel + ": " + line);
            }
            assertTrue(listings.strip().endsWith("listings 3, duplicates 0"), listings);
            // the platform holds the photos itself: each local file was uploaded, none sent as a path
            for (JsonObject listing : journal(channel)) {
                List<String> urls = new ArrayList<>();
                listing.getAsJsonArray("images").forEach(u -> urls.add(u.getAsString()));
                System.out.println(channel + " " + listing.get("outerId").getAsString() + " images " + urls);
                assertTrue(!urls.isEmpty() && urls.stream().allMatch(u -> u.startsWith("https://img.sandbox.shelf.local/" + channel + "/")),
                        channel + " " + listing.get("outerId") + ": " + urls);
            }
        }
        // Which file reached the platform — the merchant's original or what images:process made for the
        // channel's profile — the sandbox does not record yet (it answers an upload with a URL, keeping no bytes).
    }

    /** What the 说明 sheet says: each column's need, and the rows of what categories and channels ask besides. */
    private record Instructions(Map<String, String> need, List<List<String>> more) {

        static Instructions read(Path template) throws IOException {
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet sheet = workbook.getSheet("说明");
                Map<String, String> need = new LinkedHashMap<>();
                List<List<String>> more = new ArrayList<>();
                boolean table = false;
                for (Row row : sheet) {
                    String first = text(row, 0);
                    if (first.equals("列")) {
                        table = true;
                    } else if (table && !text(row, 1).isEmpty() && !text(row, 0).isEmpty()) {
                        need.put(text(row, 1), text(row, 2));
                    } else if (!text(row, 3).isEmpty() && !text(row, 1).equals("字段")) {
                        more.add(List.of(text(row, 1), text(row, 2), text(row, 3), text(row, 5)));
                    }
                }
                assertEquals(28, need.size(), need.toString());
                return new Instructions(need, more);
            }
        }

        /** The columns the sheet lists as 上架必填 for products of one category glob ("服饰鞋包/**"). */
        List<String> forCategory(String glob) {
            return more.stream().filter(r -> r.get(2).equals("类目 " + glob) && r.get(1).equals("上架必填")).map(r -> r.get(0)).toList();
        }

        private static String text(Row row, int c) {
            Cell cell = row.getCell(c);
            return cell == null ? "" : cell.getStringCellValue();
        }
    }

    /**
     * Fills the template's 商品 sheet below its header: two SKUs per product, each column the 说明 sheet marks
     * 必填 or 上架必填 and no other, plus the specs it lists for the category; what a merchant types, numbers as
     * numbers.
     */
    private static void fill(Path template, Path out, Instructions instructions, String... spus) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("商品");
            Row header = sheet.getRow(0);
            Map<String, Integer> column = new LinkedHashMap<>();
            header.forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
            int r = 1;
            int n = 0;
            for (String spu : spus) {
                for (String size : List.of("M", "L")) {
                    n++;
                    Map<String, Object> values = values(spu, size, n);
                    Row row = sheet.createRow(r++);
                    instructions.need.forEach((name, need) -> {
                        if (need.equals("必填") || need.equals("上架必填")) {
                            Object value = values.get(name);
                            assertNotNull(value, "the 说明 sheet asks for " + name + ": the test has no value for it");
                            put(row, column.get(name), value);
                        }
                    });
                    List<String> specs = instructions.forCategory("服饰鞋包/**");
                    int spec = 1;
                    for (String named : specs) {
                        String name = named.substring("规格：".length());
                        put(row, column.get("规格" + spec + "名称"), name);
                        put(row, column.get("规格" + spec + "值"), name.equals("颜色") ? "白色" : size);
                        spec++;
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    /** A merchant's values for one SKU row, by header: the 说明 sheet's formats, local photo paths. */
    private static Map<String, Object> values(String spu, String size, int n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("商品编码", spu);
        v.put("商品标题", "春季新款纯棉圆领T恤女短袖 " + spu);
        v.put("类目", CATEGORY);
        v.put("品牌", "棉语");
        v.put("型号", spu);
        v.put("材质", "棉");
        v.put("产地", "浙江杭州");
        v.put("SKU编码", spu + "-" + size);
        v.put("条形码", SeededDefects.ean13(700 + n));
        v.put("进货价", 35d);
        v.put("销售价", 79d);
        v.put("促销价", 69d);
        v.put("库存", 200d);
        v.put("重量(kg)", 0.25);
        v.put("主图", "images/" + spu + "-1.jpg;images/" + spu + "-2.png");
        v.put("细节图", "images/" + spu + "-detail.jpg");
        v.put("商品描述", "<p>纯棉面料，亲肤透气，春夏百搭，机洗不变形，尺码标准。</p>");
        v.put("运费模板", "全国包邮");
        v.put("退换货政策", "7天无理由退换");
        v.put("发货时间(小时)", 48d);
        return v;
    }

    private static void put(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Double d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue((String) value);
        }
    }

    /** An 800×800 photo: a coloured square on white, in the format asked. */
    private static void photo(Path file, String format, int seed) throws IOException {
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 800);
        g.setColor(new Color(40 * seed, 90, 160));
        g.fillRect(150, 150, 500, 500);
        g.dispose();
        assertTrue(ImageIO.write(image, format, file.toFile()), format);
    }

    /**
     * The sandbox shop's listings as it keeps them (SHELF_HOME/data/sandbox/CHANNEL.jsonl: one change a line,
     * {"op": "put", "listing": {…}}, "remove" or "clear"), the last state of each.
     */
    private List<JsonObject> journal(String channel) throws IOException {
        Map<String, JsonObject> last = new LinkedHashMap<>();
        for (String line : Files.readAllLines(home.resolve("data/sandbox/" + channel + ".jsonl"))) {
            JsonObject change = JsonParser.parseString(line).getAsJsonObject();
            switch (change.get("op").getAsString()) {
                case "put" -> last.put(change.getAsJsonObject("listing").get("id").getAsString(), change.getAsJsonObject("listing"));
                case "remove" -> last.remove(change.get("id").getAsString());
                default -> last.clear();
            }
        }
        return new ArrayList<>(last.values());
    }
}
