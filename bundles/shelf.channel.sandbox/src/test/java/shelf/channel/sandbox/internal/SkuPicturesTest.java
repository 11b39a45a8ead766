package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.channel.support.Json;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxReply;

/**
 * A product whose SKU rows carry their own 主图 (each colour's photo on its row): each SKU's picture reaches the
 * platforms whose API takes one — Taobao as the colour's property image (taobao.item.joint.propimg), Pinduoduo as
 * the SKU's thumb_url, the WeChat shop as its thumb_img, Douyin as the colour's entry of spec_pic, Weidian as the
 * SKU's img — and the simulators refuse what the platforms refuse.
 */
class SkuPicturesTest {
    static Sandbox sandbox;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.deactivate();
    }

    /** 黑色 M and L with the black photo (a URL), 雾霾蓝 M with a local photo. */
    private Product product(String outerId) throws Exception {
        Path haze = folder.resolve("雾霾蓝.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
                haze.toFile());
        List<Sku> skus = new ArrayList<>();
        String[][] rows = {{"黑色", "M", "https://img.shelf.example/black.jpg"}, {"黑色", "L", "https://img.shelf.example/black.jpg"},
                {"雾霾蓝", "M", haze.toString()}};
        for (String[] row : rows) {
            Map<String, String> specs = new LinkedHashMap<>();
            specs.put("颜色", row[0]);
            specs.put("尺码", row[1]);
            skus.add(new Sku(outerId + "-" + skus.size(), "", specs, null, new BigDecimal("29.90"), null, new BigDecimal("59.00"),
                    10, null).withImage(row[2]));
        }
        Product base = SelfTest.product(outerId, "纯棉圆领短袖T恤 颜色图");
        return new Product(base.merchant(), outerId, base.title(), "", base.categoryPath(), base.brand(), base.attributes(),
                base.description(), List.of(), base.mainImages(), base.detailImages(), "", "", "", 48, skus);
    }

    @Test
    void taobaoShowsEachColoursPictureOnItsSkus() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("taobao", sandbox);
        Marketplace market = sandbox.market("taobao");
        String id = adapter.create(product("SPU-SKUPIC-TB"));
        SandboxListing listing = market.store.get(id);
        assertEquals("https://img.shelf.example/black.jpg", listing.sku("SPU-SKUPIC-TB-0").image);
        assertEquals("https://img.shelf.example/black.jpg", listing.sku("SPU-SKUPIC-TB-1").image, "the colour's picture");
        assertTrue(listing.sku("SPU-SKUPIC-TB-2").image.startsWith("https://img.sandbox.shelf.local/taobao/"),
                "the local photo went to the picture space first: " + listing.sku("SPU-SKUPIC-TB-2").image);
        assertEquals(2, market.calls("taobao.item.joint.propimg"), "one picture per colour");
        market.store.removeOuterIds("SPU-SKUPIC");
    }

    @Test
    void pinduoduoTakesEachSkusPictureAsItsThumbUrl() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("pinduoduo", sandbox);
        Marketplace market = sandbox.market("pinduoduo");
        adapter.create(product("SPU-SKUPIC-PDD"));
        SandboxListing listing = market.store.byOuterId("SPU-SKUPIC-PDD").get(0);
        assertEquals("https://img.shelf.example/black.jpg", listing.sku("SPU-SKUPIC-PDD-1").image);
        assertTrue(listing.sku("SPU-SKUPIC-PDD-2").image.startsWith("https://img.sandbox.shelf.local/pinduoduo/"),
                listing.sku("SPU-SKUPIC-PDD-2").image);
        market.store.removeOuterIds("SPU-SKUPIC");
    }

    @Test
    void wechatTakesEachSkusPictureAsItsThumbImgUploadedByTheShop() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("wechat", sandbox);
        Marketplace market = sandbox.market("wechat");
        adapter.create(product("SPU-SKUPIC-WX"));
        SandboxListing listing = market.store.byOuterId("SPU-SKUPIC-WX").get(0);
        assertTrue(listing.sku("SPU-SKUPIC-WX-0").image.startsWith("https://img.sandbox.shelf.local/wechat/"),
                "the black photo's URL went up through the shop's upload: " + listing.sku("SPU-SKUPIC-WX-0").image);
        assertTrue(listing.sku("SPU-SKUPIC-WX-2").image.startsWith("https://img.sandbox.shelf.local/wechat/"));
        ListingDraft notUploaded = new ListingDraft("X", "T恤", "6090", List.of(), List.of(new ListingDraft.SkuDraft("X-1", Map.of(),
                100, 1, "https://img.shelf.example/black.jpg")));
        assertEquals("skus中X-1的thumb_img「https://img.shelf.example/black.jpg」不是本店上传的图片：请先用图片上传接口上传",
                WechatApi.thumbRefusal(notUploaded));
        market.store.removeOuterIds("SPU-SKUPIC");
    }

    /** As the gallery: thumb_url is a picture the platform hosts, never a path on our disk. */
    @Test
    void pinduoduoRefusesALocalPathAsAThumbUrl() {
        String skuList = "[{\"out_sku_sn\":\"SPU-T-1\",\"thumb_url\":\"/home/shop/黑色.jpg\",\"spec_id_list\":\"[121500001]\"}]";
        assertEquals("sku_list[0]（SPU-T-1）的thumb_url「/home/shop/黑色.jpg」不是图片链接：请先用pdd.goods.image.upload上传并使用返回的链接",
                PinduoduoApi.specRefusal(Map.of("sku_list", skuList), sandbox.market("pinduoduo")));
    }

    /** TOP taobao.item.joint.propimg: "属性必须是颜色属性", "图片要来自于卖家自己的图片空间". */
    @Test
    void taobaoRefusesAPropertyImageOfANonColourPropertyOrFromOutsideThePictureSpace() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("taobao", sandbox);
        String id = adapter.create(SelfTest.product("SPU-SKUPIC-TB2", "纯棉圆领短袖T恤 颜色图二"));
        assertEquals("属性图片的属性20509:28402不是颜色属性", refusal(id, "20509:28402", "https://img.sandbox.shelf.local/taobao/1.jpg"));
        assertEquals("pic_path「/home/shop/黑色.jpg」不是图片空间的图片：请先用taobao.picture.upload上传",
                refusal(id, "1627207:28300", "/home/shop/黑色.jpg"));
        assertEquals("商品的SKU没有属性值1627207:28301", refusal(id, "1627207:28301", "https://img.sandbox.shelf.local/taobao/1.jpg"));
        sandbox.market("taobao").store.removeOuterIds("SPU-SKUPIC");
    }

    /**
     * The official Go SDK's ProductAddV2Param (vendored in zsmhub/doudian-sdk, api/product_addV2/request/
     * product_addV2_request.go), field SpecPic `json:"spec_pic"`: "如颜色-尺寸, 颜色就是主规格, 颜色如黑,白,黄,它们图片url以逗号分隔"
     * — one picture per value of the main spec, in the order of specs; the platform fetches each by URL, so the
     * local photo goes up through the shop's material centre first.
     */
    @Test
    void douyinTakesEachColoursPictureAsItsEntryOfSpecPic() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("douyin", sandbox);
        Marketplace market = sandbox.market("douyin");
        SandboxListing listing = market.store.get(adapter.create(product("SPU-SKUPIC-DY")));
        String black = listing.sku("SPU-SKUPIC-DY-0").image;
        assertTrue(black.startsWith("https://img.sandbox.shelf.local/douyin/"), "fetched into the material centre: " + black);
        assertEquals(black, listing.sku("SPU-SKUPIC-DY-1").image, "the colour's picture");
        String haze = listing.sku("SPU-SKUPIC-DY-2").image;
        assertTrue(haze.startsWith("https://img.sandbox.shelf.local/douyin/") && !haze.equals(black),
                "the local photo went up through open.binaryupload: " + haze);
        // read back as product.detail answers (ProductDetailData in the Go SDK: specs, spec_prices[].spec_detail_ids,
        // spec_pics {spec_detail_id, pic})
        Product read = adapter.findByOuterId("SPU-SKUPIC-DY").orElseThrow().product();
        assertEquals(List.of(black, black, haze), read.skus().stream().map(Sku::image).toList(), "each SKU's picture read back");
        assertEquals(List.of(Map.of("颜色", "黑色", "尺码", "M"), Map.of("颜色", "黑色", "尺码", "L"), Map.of("颜色", "雾霾蓝", "尺码", "M")),
                read.skus().stream().map(Sku::specs).toList(), "each SKU's specs read back by their spec_detail_ids");

        Product p = product("SPU-SKUPIC-DY2");
        List<Sku> skus = new ArrayList<>(p.skus());
        skus.set(2, skus.get(2).withImage(""));
        listing = market.store.get(adapter.create(new Product(p.merchant(), p.spuCode(), p.title(), "", p.categoryPath(), p.brand(),
                p.attributes(), p.description(), List.of(), p.mainImages(), p.detailImages(), "", "", "", 48, skus)));
        assertEquals(listing.images.get(0), listing.sku("SPU-SKUPIC-DY2-2").image,
                "a colour without a picture of its own shows the first main image: spec_pic has one per colour");
        assertEquals(listing.images.get(0), adapter.findByOuterId("SPU-SKUPIC-DY2").orElseThrow().product().skus().get(2).image(),
                "and reads back so");
        market.store.removeOuterIds("SPU-SKUPIC");
    }

    /** The same SDK field: a URL per main-spec value; pic, description and spec_pic together at most 50 images. */
    @Test
    void douyinRefusesALocalPathTooFewPicturesOrMoreThanFiftyImagesInAllInSpecPic() {
        JsonObject param = new JsonObject();
        param.addProperty("pic", "https://p3.douyinpic.com/main");
        param.addProperty("specs", "颜色|黑色,雾霾蓝^尺码|M,L");
        param.addProperty("spec_pic", "https://p3.douyinpic.com/black,/home/shop/雾霾蓝.jpg");
        assertEquals("spec_pic中的「/home/shop/雾霾蓝.jpg」不是图片链接：请先用素材中心上传图片（material.uploadImageSync）并使用返回的链接",
                DouyinApi.pictureRefusal(param));
        param.addProperty("spec_pic", "https://p3.douyinpic.com/black");
        assertEquals("spec_pic有1张图片，主规格有2个值[黑色, 雾霾蓝]：每个值一张，以逗号分隔", DouyinApi.pictureRefusal(param));
        param.addProperty("spec_pic", "https://p3.douyinpic.com/black,https://p3.douyinpic.com/haze");
        assertEquals(null, DouyinApi.pictureRefusal(param));
        param.addProperty("description", String.join("|", java.util.Collections.nCopies(48, "https://p3.douyinpic.com/d")));
        assertEquals("pic、description、spec_pic三个字段的图片数量总和不得超过50张，收到51张", DouyinApi.pictureRefusal(param));
    }

    /**
     * vdian.item.add 1.1: each entry of sku carries img beside title, stock, price, sku_merchant_code and attr_ids —
     * the field as a request to api.vdian.com writes it (redpolarbear/scrape-backend sku_product_generator.js); the
     * official Java SDK's Sku entity (com.weidian.open.sdk.entity, vendored in aguai1/WeidianHelper) has no picture
     * field. A local photo goes up through /media/upload first.
     */
    @Test
    void weidianTakesEachSkusPictureAsItsImg() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("weidian", sandbox);
        Marketplace market = sandbox.market("weidian");
        SandboxListing listing = market.store.get(adapter.create(product("SPU-SKUPIC-WD")));
        assertEquals("https://img.shelf.example/black.jpg", listing.sku("SPU-SKUPIC-WD-1").image);
        assertTrue(listing.sku("SPU-SKUPIC-WD-2").image.startsWith("https://img.sandbox.shelf.local/weidian/"),
                listing.sku("SPU-SKUPIC-WD-2").image);
        Product read = adapter.findByOuterId("SPU-SKUPIC-WD").orElseThrow().product();   // vdian.item.list.get's skus[].img
        assertEquals(List.of("https://img.shelf.example/black.jpg", "https://img.shelf.example/black.jpg",
                listing.sku("SPU-SKUPIC-WD-2").image), read.skus().stream().map(Sku::image).toList(), "each SKU's picture read back");
        market.store.removeOuterIds("SPU-SKUPIC");
    }

    @Test
    void weidianRefusesALocalPathAsASkusImg() {
        JsonObject param = com.google.gson.JsonParser.parseString("{\"sku\":[{\"title\":\"黑色 M\",\"stock\":10,\"price\":\"29.90\","
                + "\"sku_merchant_code\":\"SPU-T-1\",\"img\":\"/home/shop/黑色.jpg\"}]}").getAsJsonObject();
        assertEquals("sku[0]（SPU-T-1）的img「/home/shop/黑色.jpg」不是图片链接：请先用/media/upload上传并使用返回的链接",
                WeidianApi.skuImageRefusal(param));
    }

    private static String refusal(String numIid, String properties, String picPath) {
        Map<String, String> params = Map.of("num_iid", numIid, "properties", properties, "pic_path", picPath);
        SandboxReply reply = new TaobaoItems(new TaobaoApi(), sandbox.market("taobao")).handle("taobao.item.joint.propimg", params);
        JsonObject answer = com.google.gson.JsonParser.parseString(reply.body()).getAsJsonObject();
        return Json.text(answer.getAsJsonObject("error_response"), "sub_msg");
    }
}
