package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.image.standard.bench.BenchmarkPhotos;
import shelf.image.standard.bench.TestMovies;

/**
 * A batch's images processed by the running distribution: outputs at the profiles' sizes in the media store,
 * readable by ImageIO and, where installed, by libwebp's dwebp and libvips' vipsheader; bad files named in
 * findings; a second run reuses everything.
 */
class ImagesIT extends RunningShelf {

    @Test
    void aBatchsImagesBecomeCompliantFilesAndBadOnesAreNamed() throws Exception {
        String images = ShelfCommand.lineWith(shelf.ok("feature:list"), "images");
        assertTrue(images != null && images.contains("yes"), "images installed on a fresh home: " + images);
        Path img = Files.createDirectories(desk.resolve("图片"));
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1600, 1600, 1), img.resolve("主图1.jpg"), 0.9f);
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1200, 900, 2), img.resolve("主图2.jpg"), 0.9f);
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1000, 2000, 3), img.resolve("详情1.jpg"), 0.9f);
        Files.createFile(img.resolve("空.jpg"));
        byte[] whole = Files.readAllBytes(img.resolve("主图2.jpg"));
        Files.write(img.resolve("半截.jpg"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(desk.resolve("商品.csv"), "商品编码,商品标题,类目,主图,细节图,SKU编码,销售价,库存\n"
                + "SPU-1,纯棉T恤,服饰鞋包>女装>T恤,图片/主图1.jpg;图片/主图2.jpg,图片/详情1.jpg,SPU-1-A,12.50,3\n"
                + "SPU-2,坏图,服饰鞋包>女装>T恤,图片/空.jpg;图片/半截.jpg,图片/详情1.jpg,SPU-2-A,9.90,1\n",
                StandardCharsets.UTF_8);
        shelf.ok("import 商品.csv --merchant acme");

        String first = shelf.ok("images:process 1");
        String empty = ShelfCommand.lineWith(first, "image.empty");
        assertNotNull(empty, first);
        assertTrue(empty.contains("SPU-2") && empty.contains("mainImages[0]") && empty.contains("row 3, column D")
                && empty.contains("空.jpg：文件是空的（0 字节），请重新导出或重新下载图片"), first);
        String truncated = ShelfCommand.lineWith(first, "image.truncated");
        assertNotNull(truncated, first);
        assertTrue(truncated.contains("半截.jpg：文件不完整"), first);
        assertTrue(ShelfCommand.lineWith(first, "image.not-square").contains("主图2.jpg"), first);
        // 详情1.jpg is named twice but processed once
        assertTrue(first.contains("5 images (main 800×800 webp, detail 790 wide jpeg): 3 processed, 0 skipped (done before), 2 failed"),
                first);

        JsonObject manifest = JsonParser.parseString(Files.readString(home.resolve("media/batches/1.json"))).getAsJsonObject();
        List<Path> webp = new ArrayList<>();
        int checked = 0;
        for (JsonElement e : manifest.getAsJsonArray("images")) {
            JsonObject image = e.getAsJsonObject();
            if (!image.has("output")) {
                continue;
            }
            Path output = home.resolve("media").resolve(image.get("output").getAsString());
            BufferedImage decoded = ImageIO.read(output.toFile());
            assertNotNull(decoded, "ImageIO reads " + output);
            boolean main = image.get("profile").getAsString().equals("main");
            assertEquals(main ? 800 : 790, decoded.getWidth(), output.toString());
            assertEquals(main ? 800 : 1580, decoded.getHeight(), output.toString());
            assertEquals(image.get("width").getAsInt(), decoded.getWidth());
            assertTrue(output.getFileName().toString().startsWith(image.get("sha256").getAsString()));
            if (main) {
                webp.add(output);
            }
            checked++;
        }
        assertEquals(4, checked, "two main images of SPU-1 and the detail image named by both products");

        String second = shelf.ok("images:process 1");
        assertTrue(second.contains("0 processed, 3 skipped (done before), 2 failed"), second);
        assertTrue(ShelfCommand.lineWith(second, "image.not-square").contains("主图2.jpg"), "findings kept with the outputs: " + second);

        String inspect = shelf.ok("images:inspect 图片/半截.jpg");
        assertTrue(ShelfCommand.lineWith(inspect, "Size").contains("1200×900"), inspect);
        assertTrue(ShelfCommand.lineWith(inspect, "image.truncated").contains("半截.jpg"), inspect);
        assertTrue(ShelfCommand.lineWith(shelf.ok("images:profiles"), "main").contains("800×800"));
        // a channel bundle's own profiles count while it is installed
        Path channel = desk.resolve("acme.channel.douyin.jar");
        profileBundle(channel, "[{\"name\": \"douyin-main\", \"role\": \"main\", \"width\": 600, \"height\": 600,"
                + " \"format\": \"jpeg\", \"quality\": 90}]");
        Files.copy(channel, home.resolve("deploy/acme.channel.douyin.jar"));
        String withChannel = shelf.poll("images:profiles", list -> ShelfCommand.lineWith(list, "douyin-main") != null, 10_000);
        assertTrue(ShelfCommand.lineWith(withChannel, "douyin-main").contains("600×600"), withChannel);
        assertTrue(ShelfCommand.lineWith(withChannel, "douyin-main").contains("bundle acme.channel.douyin"), withChannel);
        Files.delete(home.resolve("deploy/acme.channel.douyin.jar"));
        shelf.poll("images:profiles", list -> ShelfCommand.lineWith(list, "douyin-main") == null, 10_000);

        // the video inspector inside Felix: isoparser finds its box table through the bundle
        TestMovies.write(desk.resolve("主视频.mp4"), "isom", 30_000, 155, 1080, 1920, 3 << 20);
        String video = shelf.ok("images:inspect 主视频.mp4");
        assertTrue(ShelfCommand.lineWith(video, "Duration").endsWith("15.5 s"), video);
        assertTrue(ShelfCommand.lineWith(video, "Size").endsWith("1080×1920"), video);
        assertTrue(ShelfCommand.lineWith(video, "Codec").endsWith("avc1"), video);
        assertEquals("error: no image profile 'banner' — see images:profiles",
                shelf.run("-c", "images:process 1 --profile banner").err().strip());

        // an independent decoder, when this machine has one
        boolean dwebp = installed("dwebp", "-version");
        boolean vips = installed("vipsheader", "--version");
        Assumptions.assumeTrue(dwebp || vips, "neither dwebp nor vipsheader is installed");
        for (Path file : webp) {
            if (dwebp) {
                assertTrue(tool("dwebp", file.toString(), "-o", "/dev/null").contains("Dimensions: 800 x 800"), file.toString());
            }
            if (vips) {
                assertEquals("800", tool("vipsheader", "-f", "width", file.toString()).strip());
                assertEquals("800", tool("vipsheader", "-f", "height", file.toString()).strip());
            }
        }
    }

    private static void profileBundle(Path jar, String profiles) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "acme.channel.douyin");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Shelf-Image-Profiles", "shelf/images");
        try (java.io.OutputStream out = Files.newOutputStream(jar);
                java.util.jar.JarOutputStream jarOut = new java.util.jar.JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new java.util.jar.JarEntry("shelf/images/douyin.json"));
            jarOut.write(profiles.getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
    }

    private static boolean installed(String tool, String versionFlag) {
        try {
            return new ProcessBuilder(tool, versionFlag).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    private static String tool(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }
}
