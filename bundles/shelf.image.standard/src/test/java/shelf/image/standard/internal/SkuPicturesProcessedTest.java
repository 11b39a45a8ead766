package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.Product;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredProduct;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;
import shelf.api.media.ImageRole;
import shelf.api.security.Subject;

/**
 * images:process makes channel versions of each SKU's own picture (its colour's photo, on its row) as of the main
 * images, so publishing finds and sends the processed picture instead of the merchant's 2400×2400 original.
 */
class SkuPicturesProcessedTest {
    @TempDir
    Path desk;

    @TempDir
    Path store;

    @Test
    void eachSkusPictureIsProcessedWithTheMainProfilesAndFoundForTheChannel() throws Exception {
        Path main = photo(desk.resolve("主图.jpg"));
        Path black = photo(desk.resolve("黑色.jpg"));
        Path haze = photo(desk.resolve("雾霾蓝.jpg"));
        Product product = new Product("m1", "SPU-1", "纯棉圆领短袖T恤", "", "服饰鞋包/男装/T恤", "", Map.of(), "", List.of(),
                List.of(main.toString()), List.of(), "", "", "", 48, List.of(sku("SPU-1-0", black), sku("SPU-1-1", black),
                        sku("SPU-1-2", haze), sku("SPU-1-3", null)));
        ImageProfile douyinMain = new ImageProfile("douyin-main", "", ImageRole.MAIN, 600, 600, shelf.api.media.ImageFit.PAD,
                "jpeg", 85, false, 0);
        ImageProfiles profiles = profiles(Fixtures.MAIN, Fixtures.DETAIL, douyinMain);
        BatchImages batch = new BatchImages();
        batch.store = catalog(new StoredProduct(product, 7, Map.of(), 1, Instant.now()));
        batch.profiles = profiles;
        batch.processors = List.of(Fixtures.processor());
        batch.media(store);

        BatchImageReport report = batch.process(Subject.SYSTEM, 7, "douyin-main", n -> done -> {});

        List<String> fields = report.results().stream().map(r -> r.job().field()).toList();
        assertEquals(List.of("mainImages[0]", "skus[SPU-1-0].image", "skus[SPU-1-1].image", "skus[SPU-1-2].image"), fields);
        ProcessedImageLookup lookup = new ProcessedImageLookup();
        lookup.profiles = profiles;
        lookup.media(store);
        for (Path picture : List.of(black, haze)) {
            Path made = lookup.forChannel(picture.toString(), ImageRole.MAIN, "douyin").orElseThrow();
            assertEquals(600, ImageIO.read(made.toFile()).getWidth(), "Douyin's own 600×600 of " + picture.getFileName());
        }
        assertEquals(Optional.empty(), lookup.forChannel(black.toString(), ImageRole.MAIN, "weidian"),
                "only the profile asked for was made");
    }

    private static Sku sku(String code, Path picture) {
        Sku sku = new Sku(code, "", Map.of("颜色", code), null, new BigDecimal("29.90"), null, new BigDecimal("59.00"), 10, null);
        return picture == null ? sku : sku.withImage(picture.toString());
    }

    private static Path photo(Path file) throws Exception {
        BufferedImage image = new BufferedImage(2400, 2400, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1200, 1200, 0xff0000);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** The two calls images:process makes of the catalogue: the batch in the caller's scope, and its products. */
    private static CatalogStore catalog(StoredProduct product) {
        return (CatalogStore) Proxy.newProxyInstance(CatalogStore.class.getClassLoader(), new Class<?>[] {CatalogStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "inScope" -> new ScopedBatch(null, true, Set.of());
                    case "products" -> List.of(product);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ImageProfiles profiles(ImageProfile... all) {
        return new ImageProfiles() {
            @Override
            public List<ImageProfile> all() {
                return List.of(all);
            }

            @Override
            public Optional<ImageProfile> profile(String name) {
                return all().stream().filter(p -> p.name().equals(name)).findFirst();
            }
        };
    }
}
