package shelf.channel.wechat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelListing;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.testing.ChannelFixtures;

/** The WeChat shop payload in fen, answers and their error codes, and the rule pack. */
class WechatAdapterTest {

    @Test
    void theProductCarriesOurIdsAndPricesInFen() {
        JsonObject body = WechatProduct.body(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 2), new PlatformCategory("6090", Map.of()),
                List.of("https://mmecimage.cn/p/a"), List.of(), Map.of("SPU-1-BK-M", "https://mmecimage.cn/p/bk"));
        assertEquals("SPU-1", Json.text(body, "out_product_id"));
        assertEquals("[\"https://mmecimage.cn/p/a\"]", body.get("head_imgs").toString());
        assertEquals("[{\"cat_id\":\"6090\"}]", body.get("cats_v2").toString());
        // WxJava SkuInfo: "thumb_img" (sku小图), the SKU's own picture, as the shop uploaded it
        assertEquals("{\"out_sku_id\":\"SPU-1-BK-M\",\"thumb_img\":\"https://mmecimage.cn/p/bk\",\"sale_price\":1250,\"market_price\":3900,\"stock_num\":30,"
                + "\"sku_code\":\"SPU-1-BK-M\",\"sku_attrs\":[{\"attr_key\":\"颜色\",\"attr_value\":\"黑色\"},"
                + "{\"attr_key\":\"尺码\",\"attr_value\":\"M\"}]}", body.getAsJsonArray("skus").get(0).toString());
        assertEquals(null, body.getAsJsonArray("skus").get(1).getAsJsonObject().get("thumb_img"), "none of its own: none sent");
    }

    /** The shape of /channels/ec/product/get in the platform's documentation (data_type 1). */
    @Test
    void aProductReadsBackAsAListing() {
        ChannelListing listing = WechatProduct.listing(JsonParser.parseString("{\"product_id\": \"324545\", \"out_product_id\": \"SPU-1\","
                + " \"title\": \"T恤\", \"status\": 5, \"head_imgs\": [\"https://mmecimage.cn/p/a\"], \"skus\": [{\"sku_id\": \"9328425\","
                + " \"out_sku_id\": \"SPU-1-BK-M\", \"sale_price\": 1250, \"stock_num\": 30, \"sku_attrs\": []}]}").getAsJsonObject());
        assertEquals("324545", listing.listingId());
        assertEquals(true, listing.onSale());
        assertEquals(Map.of("SPU-1-BK-M", "9328425"), listing.skuIds());
        assertEquals("12.50", listing.product().skus().get(0).salePrice().toPlainString());
    }

    @Test
    void errcodesAreClassifiedAsTheGlobalReturnCodesSay() throws Exception {
        assertEquals(Kind.BUSY, WechatErrors.kind("-1"));
        assertEquals(Kind.TOKEN_EXPIRED, WechatErrors.kind("42001"));
        assertEquals(Kind.TOKEN_EXPIRED, WechatErrors.kind("40001"));
        assertEquals(Kind.RATE_LIMITED, WechatErrors.kind("45009"));
        assertEquals(Kind.BAD_CREDENTIALS, WechatErrors.kind("40164"));
        assertEquals(Kind.REFUSED, WechatErrors.kind("10020001"));
        ChannelException refused = assertThrows(ChannelException.class,
                () -> WechatClient.checked("{\"errcode\": 10020001, \"errmsg\": \"标题长度不合法\"}"));
        assertEquals("微信小店：标题长度不合法（10020001）", refused.getMessage());
        assertEquals("ok", Json.text(WechatClient.checked("{\"errcode\": 0, \"errmsg\": \"ok\"}"), "errmsg"));
    }

    @Test
    void theRulePackFindsWhatWouldBlockPublishingOnWechat() throws Exception {
        assertEquals(List.of(), ChannelFixtures.findings(WechatAdapter.class, "wechat", ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3)));
        assertEquals(List.of("wechat.images.too-many", "wechat.title.too-short"), ChannelFixtures.findings(WechatAdapter.class,
                "wechat", ChannelFixtures.tshirt("T恤", 10)));
    }
}
