package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.image.standard.bench.BenchmarkPhotos;

/**
 * A product whose SKU rows carry each colour's photo: images:process makes the channel version of each SKU's
 * picture as of the main images, and Douyin (spec_pic) and Weidian (sku img) get those bytes, not the
 * merchant's 2400×2400 originals.
 */
class SkuPicturesProcessedIT extends RunningShelf {

    @BeforeEach
    @Override
    void startShelf() throws Exception {
        ShelfCommand.withSandbox(home);
        super.startShelf();
    }

    @Test
    void eachColoursProcessedPictureIsWhatDouyinAndWeidianGet() throws Exception {
        Path img = Files.createDirectories(desk.resolve("图片"));
        BenchmarkPhotos.write(BenchmarkPhotos.photo(2400, 2400, 1), img.resolve("白色.jpg"), 0.9f);
        BenchmarkPhotos.write(BenchmarkPhotos.photo(2400, 2400, 2), img.resolve("黑色.jpg"), 0.9f);
        String head = "商品编码,商品标题,类目,品牌,型号,材质,产地,规格1名称,规格1值,规格2名称,规格2值,SKU编码,条形码,"
                + "进货价,销售价,促销价,库存,重量(kg),主图,细节图,商品描述,运费模板,退换货政策,发货时间(小时)\n";
        Files.writeString(desk.resolve("商品.csv"), head
                + "SPU-1,纯棉短袖T恤 男款,服饰鞋包>男装>T恤,南极人,NJ-1,棉,浙江,颜色,白色,尺码,M,SPU-1-W," + SeededDefects.ean13(311)
                + ",20,59,49,10,0.3,图片/白色.jpg,https://img.example.com/d1.jpg,<p>纯棉</p>,全国包邮,7天无理由,48\n"
                + "SPU-1,纯棉短袖T恤 男款,服饰鞋包>男装>T恤,南极人,NJ-1,棉,浙江,颜色,黑色,尺码,M,SPU-1-B," + SeededDefects.ean13(312)
                + ",20,59,49,10,0.3,图片/黑色.jpg,https://img.example.com/d1.jpg,<p>纯棉</p>,全国包邮,7天无理由,48\n",
                StandardCharsets.UTF_8);
        shelf.ok("import 商品.csv --merchant acme; merchant:set acme --annual-sales 8000000");
        String processed = shelf.ok("images:process 1");
        // the detail image is a URL (image.remote): the two photos are all there is to make
        assertTrue(processed.contains("3 images (main 800×800 webp, detail 790 wide jpeg): 2 processed"), processed);
        assertTrue(ShelfCommand.lineWith(processed, "skus[SPU-1-B].image").contains("row 3, column S"),
                "a finding about an SKU's picture names its field and cell: " + processed);

        Map<String, String> made = new LinkedHashMap<>();
        JsonObject manifest = JsonParser.parseString(Files.readString(home.resolve("media/batches/1.json"))).getAsJsonObject();
        for (JsonElement e : manifest.getAsJsonArray("images")) {
            JsonObject image = e.getAsJsonObject();
            if (image.get("profile").getAsString().equals("main")) {
                made.put(image.get("field").getAsString(), image.get("sha256").getAsString());
            }
        }
        assertEquals(Set.of("mainImages[0]", "skus[SPU-1-W].image", "skus[SPU-1-B].image"), made.keySet(), manifest.toString());
        Set<String> expected = new TreeSet<>(made.values());
        assertEquals(2, expected.size(), "白色.jpg is the main image and the white SKU's picture; 黑色.jpg the black SKU's");
        Set<String> originals = Set.of(sha256(img.resolve("白色.jpg")), sha256(img.resolve("黑色.jpg")));

        shelf.ok("submit --batch 1");
        String published = shelf.ok("publish 1 --channel douyin,weidian --wait");
        assertTrue(published.contains("2 done, 0 failed"), published);

        for (String channel : new String[] {"douyin", "weidian"}) {
            Set<String> uploaded = new TreeSet<>(shelf.ok("sandbox:files " + channel).lines().toList());
            assertEquals(expected, uploaded, channel + " got what images:process made of both colours, not the originals "
                    + originals);
        }
        assertFalse(shelf.ok("jobs").contains("original image"), "nothing went unprocessed");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
