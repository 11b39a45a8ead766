package shelf.rules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.media.MediaRoots;
import shelf.api.finding.Finding;
import shelf.rules.engine.spi.RulePackFormatException;

/** The image check over real files: one finding per product naming each image at fault. */
class MediaChecksTest {
    @TempDir
    Path folder;

    private Path png(String name, int width, int height) throws Exception {
        Path file = folder.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static Product withImages(String spu, String... images) {
        Product p = RuleProducts.good(spu);
        return new Product(p.merchant(), spu, p.title(), "", p.categoryPath(), p.brand(), p.attributes(), p.description(),
                List.of(), List.of(images), List.of(), "", p.shippingTemplate(), p.returnPolicy(), p.dispatchHours(), p.skus());
    }

    private static List<Finding> validate(String params, Product... products) throws Exception {
        String json = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"r\",\"code\":\"image.x\","
                + "\"field\":\"mainImages\",\"check\":\"image\",\"severity\":\"error\",\"message\":\"{detail}\"" + params + "}]}";
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.media = new ImageIoHeaders();
        engine.addPack(RulePackReader.read("t.rules.json", json));
        return engine.validateProducts(List.of(products), "");
    }

    @Test
    void sizeAndSquareAreReadFromHeadersOneFindingPerProduct() throws Exception {
        String good = png("good.png", 800, 800).toString();
        String small = png("small.png", 400, 400).toString();
        String wide = png("wide.png", 1000, 800).toString();

        List<Finding> tooSmall = validate(",\"minWidth\":800,\"minHeight\":800", withImages("P1", good, small, small),
                withImages("P2", good, wide), withImages("P3", "https://img.example.com/remote.jpg"));
        assertEquals(1, tooSmall.size(), tooSmall.toString());
        assertEquals("P1", tooSmall.get(0).spuCode());
        assertEquals("small.png 400×400，小于800×800；small.png 400×400，小于800×800", tooSmall.get(0).message());

        List<Finding> notSquare = validate(",\"square\":true", withImages("P1", good, small), withImages("P2", good, wide));
        assertEquals(List.of("P2|wide.png 1000×800，不是正方形"),
                notSquare.stream().map(f -> f.spuCode() + "|" + f.message()).toList());
    }

    @Test
    void anUnreadableImageIsReportedOnlyByTheRuleWithoutLimits() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.jpg"), "not an image");
        String missing = folder.resolve("missing.png").toString();

        assertEquals(List.of(), validate(",\"minWidth\":800", withImages("P1", broken.toString(), missing)));
        List<Finding> unreadable = validate("", withImages("P1", broken.toString(), missing));
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).message().contains("broken.jpg") && unreadable.get(0).message().contains("missing.png"),
                unreadable.get(0).message());
    }

    @Test
    void withoutAMediaBundleOnlyTheReadabilityRuleSpeaksAndSaysWhy() throws Exception {
        String json = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"r\",\"code\":\"image.unreadable\","
                + "\"field\":\"mainImages\",\"check\":\"image\",\"severity\":\"error\",\"message\":\"{detail}\"}]}";
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.addPack(RulePackReader.read("t.rules.json", json));
        List<Finding> found = engine.validateProducts(List.of(withImages("P1", "/x/a.png")), "");
        assertEquals("未安装媒体组件，无法检查图片（feature:install images）", found.get(0).message());
    }

    @Test
    void anImageSwappedForALinkOutOfItsFolderIsNotRead(@TempDir Path elsewhere) throws Exception {
        Path secret = elsewhere.resolve("secret.png");
        ImageIO.write(new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB), "png", secret.toFile());
        Path link = Files.createSymbolicLink(folder.resolve("photo.png"), secret);

        List<Finding> found = validate("", withImages("P1", link.toString()));
        assertEquals(List.of(link + " leads out of its folder through the symbolic link " + link + " (to " + secret
                + ") — media files are read only from the spreadsheet's folder; to allow another folder add it to"
                + " shelf.media.roots in etc/shelf.properties"), found.stream().map(Finding::message).toList());
        assertEquals(List.of(), validate(",\"minWidth\":800", withImages("P1", link.toString())),
                "only the readability rule speaks: the size was not read");
    }

    @Test
    void aLinkIntoAMediaRootIsRead(@TempDir Path share) throws Exception {
        Path photo = share.resolve("photo.png");
        ImageIO.write(new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Path link = Files.createSymbolicLink(folder.resolve("photo.png"), photo);
        String json = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"r\",\"code\":\"image.x\","
                + "\"field\":\"mainImages\",\"check\":\"image\",\"severity\":\"error\",\"message\":\"{detail}\"}]}";
        ParallelRuleEngine engine = new ParallelRuleEngine();
        engine.media = new ImageIoHeaders();
        engine.mediaRoots = MediaRoots.parse(share.toString());
        engine.addPack(RulePackReader.read("t.rules.json", json));
        assertEquals(List.of(), engine.validateProducts(List.of(withImages("P1", link.toString())), ""));
    }

    @Test
    void aMediaCheckOnAFieldThatHoldsNoMediaIsRefused() {
        String json = "{\"id\":\"t\",\"version\":\"1.0.0\",\"rules\":[{\"id\":\"r\",\"code\":\"c\","
                + "\"field\":\"title\",\"check\":\"image\",\"minWidth\":800,\"severity\":\"error\",\"message\":\"x\"}]}";
        RulePackFormatException e = assertThrows(RulePackFormatException.class, () -> RulePackReader.read("t.rules.json", json));
        assertEquals("t.rules.json, line 1, column 38 (rule r): check 'image' reads media files: its \"field\" is one of "
                + "mainImages, detailImages, not title", e.getMessage());
    }
}
