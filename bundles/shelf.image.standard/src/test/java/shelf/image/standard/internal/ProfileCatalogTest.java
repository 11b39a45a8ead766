package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;

/** The shipped profiles, an operator's own in etc/images, and what a broken file says. */
class ProfileCatalogTest {
    @TempDir
    Path etc;

    @Test
    void shippedDefaultsThenTheOperatorsOwn() throws Exception {
        ProfileCatalog catalog = new ProfileCatalog();
        catalog.folder(etc);
        assertEquals(List.of(Fixtures.DETAIL.withDescription("详情图 宽 790 JPEG q85，高度按比例"),
                Fixtures.MAIN.withDescription("主图 800×800 WebP q80，按比例放入并补白边")), catalog.all());

        Files.writeString(etc.resolve("taobao.json"), "[{\"name\": \"taobao-main\", \"role\": \"main\", \"width\": 750,"
                + " \"height\": 1000, \"fit\": \"crop\", \"format\": \"jpg\", \"quality\": 90, \"maxBytes\": 500000},"
                + " {\"name\": \"main\", \"role\": \"main\", \"width\": 1000, \"height\": 1000, \"format\": \"webp\"}]");
        Files.writeString(etc.resolve("broken.json"), "{\"name\": \"x\", \"width\": 800, \"height\": 800, \"fit\": \"stretch\"}");
        assertEquals(new ImageProfile("taobao-main", "", ImageRole.MAIN, 750, 1000, ImageFit.CROP, "jpeg", 90, false, 500_000),
                catalog.profile("taobao-main").orElseThrow());
        assertEquals(1000, catalog.profile("main").orElseThrow().width(), "etc/images overrides a shipped profile");
        assertEquals("etc/images/taobao.json", catalog.entries().stream().filter(e -> e.profile().name().equals("main"))
                .findFirst().orElseThrow().origin());
        assertEquals(List.of("etc/images/broken.json (profile x): \"fit\" must be one of pad, crop, width — got 'stretch'"),
                catalog.problems());
    }
}
