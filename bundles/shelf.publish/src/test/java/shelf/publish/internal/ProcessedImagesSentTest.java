package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.catalog.StoredBatch;
import shelf.api.media.ImageRole;
import shelf.api.publish.Job;
import shelf.api.publish.JobCounts;
import shelf.api.publish.JobQuery;
import shelf.api.publish.PublishRequest;

/**
 * Publishing sends what images:process made for the channel, not the merchant's 2400×2400 original; where
 * nothing was made the original goes and the job says so.
 */
class ProcessedImagesSentTest {
    @TempDir
    Path folder;

    PublishFixture shelf;

    @AfterEach
    void close() {
        if (shelf != null) {
            shelf.close();
        }
    }

    @Test
    void theBytesAPlatformGetsAreTheProcessedFileAndAnUnprocessedOneIsNoted() throws Exception {
        Path desk = Files.createDirectories(folder.resolve("desk"));
        Path original = image(desk.resolve("photo.png"), 2400, "png");
        Path other = image(desk.resolve("colour.png"), 2400, "png");
        Path processed = image(Files.createDirectories(folder.resolve("media/ab")).resolve("ab12.jpg"), 800, "jpeg");
        FakePlatform weidian = new FakePlatform(60);
        shelf = new PublishFixture(folder);
        shelf.engine.processedImages = (source, role, channel) -> source.equals(original.toString()) && role == ImageRole.MAIN
                && channel.equals("weidian") ? Optional.of(processed) : Optional.empty();
        shelf.start(Map.of("weidian", weidian));
        Product p = PublishFixture.product("SPU-1", "纯棉短袖T恤", "59.00");
        Product withPhotos = new Product(p.merchant(), p.spuCode(), p.title(), p.subtitle(), p.categoryPath(), p.brand(),
                p.attributes(), p.description(), p.tags(), List.of(original.toString(), "https://img.example.com/x.jpg"),
                List.of(other.toString()), "", "", "", 48, p.skus());
        StoredBatch batch = shelf.batch(List.of(withPhotos));

        long run = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("weidian"),
                "ops")).run();

        assertEquals(new JobCounts(0, 0, 1, 0, 0), shelf.await(run));
        Product sent = weidian.products.values().iterator().next();
        // an adapter uploads the bytes of the file the product names (ImageUploads reads the path)
        byte[] uploaded = Files.readAllBytes(Path.of(sent.mainImages().get(0)));
        assertArrayEquals(Files.readAllBytes(processed), uploaded);
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(uploaded));
        assertEquals(800, seen.getWidth(), "the processed 800×800, not the 2400×2400 original");
        assertEquals("https://img.example.com/x.jpg", sent.mainImages().get(1), "a URL goes as it is");
        assertEquals(List.of(other.toString()), sent.detailImages(), "nothing was made of it: the original goes");
        Job job = shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).get(0);
        assertEquals("sent 1 original image, not processed for weidian: colour.png — run images:process BATCH before"
                + " publishing", job.note());
    }

    /** Each SKU's own picture (its colour's photo) goes as images:process made it with the main profile, as the main images. */
    @Test
    void eachSkusPictureIsSentAsProcessedAndAnUnprocessedOneIsNoted() throws Exception {
        Path desk = Files.createDirectories(folder.resolve("desk"));
        Path black = image(desk.resolve("黑色.png"), 2400, "png");
        Path white = image(desk.resolve("白色.png"), 2400, "png");
        Path processed = image(Files.createDirectories(folder.resolve("media/cd")).resolve("cd34.jpg"), 800, "jpeg");
        FakePlatform douyin = new FakePlatform(62);
        shelf = new PublishFixture(folder);
        shelf.engine.processedImages = (source, role, channel) -> source.equals(black.toString()) && role == ImageRole.MAIN
                && channel.equals("douyin") ? Optional.of(processed) : Optional.empty();
        shelf.start(Map.of("douyin", douyin));
        Product p = PublishFixture.product("SPU-3", "纯棉短袖T恤 颜色图", "59.00");
        Product withPictures = new Product(p.merchant(), p.spuCode(), p.title(), p.subtitle(), p.categoryPath(), p.brand(),
                p.attributes(), p.description(), p.tags(), p.mainImages(), List.of(), "", "", "", 48,
                List.of(p.skus().get(0).withImage(black.toString()), p.skus().get(1).withImage(white.toString())));
        StoredBatch batch = shelf.batch(List.of(withPictures));

        long run = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("douyin"),
                "ops")).run();

        assertEquals(new JobCounts(0, 0, 1, 0, 0), shelf.await(run));
        Product sent = douyin.products.values().iterator().next();
        assertEquals(processed.toString(), sent.skus().get(0).image(), "the processed 800×800, not the 2400×2400 original");
        assertEquals(white.toString(), sent.skus().get(1).image(), "nothing was made of it: the original goes");
        assertEquals("sent 1 original image, not processed for douyin: 白色.png — run images:process BATCH before publishing",
                shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).get(0).note());
    }

    @Test
    void withoutTheImagesFeatureTheOriginalsGoAndTheJobSaysWhy() throws Exception {
        Path original = image(folder.resolve("photo.png"), 100, "png");
        FakePlatform weidian = new FakePlatform(61);
        shelf = new PublishFixture(folder).start(Map.of("weidian", weidian));
        Product p = PublishFixture.product("SPU-2", "亚麻衬衫", "89.00");
        StoredBatch batch = shelf.batch(List.of(new Product(p.merchant(), p.spuCode(), p.title(), p.subtitle(),
                p.categoryPath(), p.brand(), p.attributes(), p.description(), p.tags(), List.of(original.toString()),
                List.of(), "", "", "", 48, p.skus())));

        long run = shelf.engine.publish(PublishFixture.ADMIN, new PublishRequest(batch.id(), List.of(), List.of("weidian"),
                "ops")).run();

        assertEquals(new JobCounts(0, 0, 1, 0, 0), shelf.await(run));
        assertEquals(List.of(original.toString()), weidian.products.values().iterator().next().mainImages());
        assertEquals("sent 1 original image, not processed for weidian: photo.png — the images feature is not installed",
                shelf.engine.jobs(PublishFixture.ADMIN, JobQuery.all()).get(0).note());
    }

    private static Path image(Path file, int size, String format) throws Exception {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(size / 2, size / 2, 0xff0000);
        ImageIO.write(image, format, file.toFile());
        return file;
    }
}
