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

/**
 * A product whose SKU rows carry their own 主图 (each colour's photo on its row): each SKU's picture reaches the
 * platforms whose API takes one — Taobao as the colour's property image (taobao.item.joint.propimg), Pinduoduo as
 * the SKU's thumb_url, the WeChat shop as its thumb_img — and the simulators refuse what the platforms refuse.
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

    private static String refusal(String numIid, String properties, String picPath) {
        Map<String, String> params = Map.of("num_iid", numIid, "properties", properties, "pic_path", picPath);
        SandboxReply reply = new TaobaoItems(new TaobaoApi(), sandbox.market("taobao")).handle("taobao.item.joint.propimg", params);
        JsonObject answer = com.google.gson.JsonParser.parseString(reply.body()).getAsJsonObject();
        return Json.text(answer.getAsJsonObject("error_response"), "sub_msg");
    }
}
