package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.image.standard.bench.BenchmarkPhotos;

/**
 * Channel settings as an operator meets them: a typo in etc/channels/ refused with its line, the app key and
 * signing method shown, channel:check trying the settings, a health that agrees with the success rate, and
 * the processed image — not the merchant's original — uploaded to the platform.
 */
class ChannelSettingsIT extends RunningShelf {

    @BeforeEach
    @Override
    void startShelf() throws Exception {
        ShelfCommand.withSandbox(home);
        Path channels = Files.createDirectories(home.resolve("etc/channels"));
        secret(channels.resolve("douyin.properties"), "endpiont=https://openapi-fxg.jinritemai.com\nsignMethod=sha1\n");
        secret(channels.resolve("pinduoduo.properties"), "appSecret=not-the-sandbox-secret\n");
        super.startShelf();
    }

    @Test
    void badSettingsAreRefusedGoodOnesShownAndTried() throws Exception {
        String douyin = shelf.poll("channel:status douyin", out -> out.contains("misconfigured"), 30_000, 300);
        String health = row(douyin, "health");
        assertTrue(health.contains("not sending: misconfigured — etc/channels/douyin.properties line 1: unknown setting"
                + " 'endpiont' — did you mean 'endpoint'?"), douyin);
        assertTrue(health.contains("; etc/channels/douyin.properties line 2: signMethod 'sha1' is not one douyin offers —"
                + " write hmac-sha256 or md5 (hmac-sha256 when left out)"), douyin);
        assertTrue(row(douyin, "endpoint").endsWith("settings refused: etc/channels/douyin.properties"));
        assertEquals("settings      not used — etc/channels/douyin.properties has errors (see health)",
                row(douyin, "settings").strip());
        ShelfCommand.Result notTried = shelf.run("-c", "channel:check douyin");
        assertNotEquals(0, notTried.status());
        assertTrue(notTried.err().contains("FAILED — not sent: misconfigured"), notTried.toString());

        String taobao = shelf.ok("channel:status taobao");
        assertEquals("settings      app key sandbox, secret (set), signed with md5 (the default)",
                row(taobao, "settings").strip(), taobao);
        assertEquals("health        not called yet", row(taobao, "health").strip(), taobao);
        assertEquals("success rate  no call since Shelf started", row(taobao, "success rate").strip());
        String listed = ShelfCommand.lineWith(shelf.ok("channel:list"), "taobao");
        assertTrue(listed.strip().matches(".*not called yet\\s+0\\s+0\\s+0\\s+-"), listed);

        String check = shelf.ok("channel:check taobao");
        assertTrue(check.matches("taobao \\(sandbox http://127\\.0\\.0\\.1:\\d+/taobao\\): ok — the platform took the settings;"
                + " looked up the outer id SHELF-CHECK-0: no such listing, as expected \\(\\d+\\.\\d s\\)\\n"), check);
        ShelfCommand.Result refused = shelf.run("-c", "channel:check pinduoduo");
        assertNotEquals(0, refused.status());
        assertTrue(refused.err().contains("pinduoduo (sandbox http://127.0.0.1:") && refused.err().contains("): FAILED — the"
                + " platform refused the app key or secret — check appKey and appSecret [10001]: 拼多多：签名错误（sign不正确）"),
                refused.toString());
        assertFalse(refused.toString().contains("not-the-sandbox-secret"), "the secret never shows");
    }

    @Test
    void theProcessedImageIsWhatThePlatformGets() throws Exception {
        Path img = Files.createDirectories(desk.resolve("图片"));
        BenchmarkPhotos.write(BenchmarkPhotos.photo(2400, 2400, 1), img.resolve("主图.jpg"), 0.9f);
        Files.writeString(desk.resolve("商品.csv"), "商品编码,商品标题,类目,品牌,型号,材质,产地,规格1名称,规格1值,规格2名称,规格2值,SKU编码,条形码,"
                + "进货价,销售价,促销价,库存,重量(kg),主图,细节图,商品描述,运费模板,退换货政策,发货时间(小时)\n"
                + "SPU-1,纯棉短袖T恤 男款 白色,服饰鞋包>男装>T恤,南极人,NJ-1,棉,浙江,颜色,白色,尺码,M,SPU-1-A," + SeededDefects.ean13(301)
                + ",20,59,49,10,0.3,图片/主图.jpg,https://img.example.com/d1.jpg,<p>纯棉</p>,全国包邮,7天无理由,48\n",
                StandardCharsets.UTF_8);
        shelf.ok("import 商品.csv --merchant acme; merchant:set acme --annual-sales 8000000");
        shelf.ok("images:process 1");
        JsonObject manifest = JsonParser.parseString(Files.readString(home.resolve("media/batches/1.json"))).getAsJsonObject();
        String processed = "";
        for (JsonElement image : manifest.getAsJsonArray("images")) {
            if (image.getAsJsonObject().get("field").getAsString().equals("mainImages[0]")) {
                processed = image.getAsJsonObject().get("sha256").getAsString();
                assertEquals(800, image.getAsJsonObject().get("width").getAsInt());
            }
        }
        String original = sha256(Files.readAllBytes(img.resolve("主图.jpg")));

        shelf.ok("submit --batch 1");
        String published = shelf.ok("publish 1 --channel weidian --wait");
        assertTrue(published.contains("1 done, 0 failed"), published);

        List<String> uploaded = shelf.ok("sandbox:files weidian").lines().toList();
        assertEquals(List.of(processed), uploaded, "the 800×800 WebP images:process made, not the 2400×2400 original "
                + original);
        String jobs = shelf.ok("jobs");
        assertFalse(jobs.contains("original image"), jobs);
        String weidian = shelf.ok("channel:status weidian");
        assertEquals("health        up", row(weidian, "health").strip(), weidian);
        assertTrue(row(weidian, "success rate").strip().matches("success rate  100\\.0% of the last 1 call"),
                weidian);
    }

    /** The row of a channel:status table that starts with the label. */
    private static String row(String table, String label) {
        return table.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElse("");
    }

    private static void secret(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
