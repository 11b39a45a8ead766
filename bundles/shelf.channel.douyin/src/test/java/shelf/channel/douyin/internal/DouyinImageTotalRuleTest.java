package shelf.channel.douyin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.channel.support.testing.ChannelFixtures;

/**
 * The pack's 50-image rule counts what the adapter sends: pic, description and spec_pic together ("这三个字段里的
 * 传入的图片数量总和，不得超过50张", ProductAddV2Param in the official Go SDK), where spec_pic has one picture per
 * value of the main spec as soon as one SKU has a picture of its own (DouyinProduct.mainSpecPictures).
 */
class DouyinImageTotalRuleTest {

    @Test
    void skuPicturesOverTheFiftyAreAFindingAndExactlyFiftyIsNot() throws Exception {
        Product product = product(5, 40, colours(6, true));   // 5 + 40 + 6 = 51
        assertEquals(List.of("douyin.images.total"), findings(product));
        assertEquals(6, DouyinProduct.mainSpecPictures(product.skus()).size(), "the spec_pic entries the adapter sends");
        assertEquals(List.of(), findings(product(5, 40, colours(5, true))), "5 + 40 + 5 = 50");
    }

    @Test
    void aColourWithoutItsOwnPictureStillTakesASpecPicture() throws Exception {
        // the adapter sends the first main image for it, so it counts; a product without SKU pictures sends no spec_pic
        List<Sku> skus = colours(6, false);
        skus.set(0, skus.get(0).withImage("/desk/颜色1.jpg"));
        assertEquals(List.of("douyin.images.total"), findings(product(5, 40, skus)));
        assertEquals(List.of(), findings(product(5, 40, colours(6, false))));
        assertEquals(List.of("douyin.images.total"), findings(product(5, 46, colours(2, false))), "main and detail alone");
    }

    @Test
    void withoutDetailImagesTheSkuPicturesStillCount() throws Exception {
        assertEquals(List.of("douyin.images.total"), findings(product(5, 0, colours(46, true))));
        assertEquals(List.of(), findings(product(5, 0, colours(45, true))));
    }

    private static List<String> findings(Product product) throws Exception {
        return ChannelFixtures.findings(DouyinAdapter.class, "douyin", product);
    }

    /** Colours 颜色1…N, each in M and L, each colour with its own picture when {@code pictures}. */
    private static List<Sku> colours(int count, boolean pictures) {
        List<Sku> skus = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            for (String size : List.of("M", "L")) {
                Map<String, String> specs = new LinkedHashMap<>();
                specs.put("颜色", "颜色" + c);
                specs.put("尺码", size);
                skus.add(new Sku("SPU-1-" + c + "-" + size, "", specs, null, new BigDecimal("12.50"), null,
                        new BigDecimal("39.00"), 10, null, Map.of(), pictures ? "/desk/颜色" + c + ".jpg" : ""));
            }
        }
        return skus;
    }

    private static Product product(int main, int detail, List<Sku> skus) {
        Product tshirt = ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", main);
        List<String> details = IntStream.rangeClosed(1, detail)
                .mapToObj(i -> "https://img.shelf.example/spu/SPU-1/detail_" + i + ".jpg").toList();
        return new Product(tshirt.merchant(), tshirt.spuCode(), tshirt.title(), tshirt.subtitle(), tshirt.categoryPath(),
                tshirt.brand(), tshirt.attributes(), tshirt.description(), tshirt.tags(), tshirt.mainImages(), details,
                tshirt.video(), tshirt.shippingTemplate(), tshirt.returnPolicy(), tshirt.dispatchHours(), skus);
    }
}
