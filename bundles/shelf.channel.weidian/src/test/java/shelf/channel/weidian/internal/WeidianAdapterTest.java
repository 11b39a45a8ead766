package shelf.channel.weidian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.testing.ChannelFixtures;

/** The vdian envelope, the item in yuan, its answers and error classes, and the rule pack. */
class WeidianAdapterTest {

    /** public = {method, access_token, version, format} beside param, as the public SDK wzbg/vdian (index.js, api) sends. */
    @Test
    void aCallCarriesPublicAndParamAsJsonFields() {
        JsonObject param = new JsonObject();
        param.addProperty("itemid", "2046");
        Map<String, String> form = VdianClient.form("vdian.item.get", "1.0", param, "TOKEN");
        JsonObject common = JsonParser.parseString(form.get("public")).getAsJsonObject();
        assertEquals("vdian.item.get", Json.text(common, "method"));
        assertEquals("TOKEN", Json.text(common, "access_token"));
        assertEquals("1.0", Json.text(common, "version"));
        assertEquals("json", Json.text(common, "format"));
        assertEquals("{\"itemid\":\"2046\"}", form.get("param"));
    }

    @Test
    void theItemCarriesOurCodesAndPricesInYuan() {
        JsonObject param = WeidianItem.param(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 2), new PlatformCategory("0", Map.of()),
                List.of("https://si.geilicdn.com/a.jpg"), Map.of());
        assertEquals("SPU-1", Json.text(param, "merchant_code"));
        assertEquals("12.50", Json.text(param, "price"));
        assertEquals(60, param.get("stock").getAsInt());
        // vdian.item.add 1.1 names the SKU list "sku" (wiki.open.weidian.com 创建微店商品, as wzbg/vdian — npm vdian —
        // lists it for its item add(), which calls version 1.1); "skus" is the 1.0 name (item_name, imgs, skus)
        assertEquals("{\"title\":\"黑色 M\",\"price\":\"12.50\",\"stock\":30,\"sku_merchant_code\":\"SPU-1-BK-M\"}",
                param.getAsJsonArray("sku").get(0).toString());
        org.junit.jupiter.api.Assertions.assertFalse(param.has("skus"), param.toString());
        assertEquals("纯棉圆领短袖T恤 男", Json.text(param, "itemName"));
        assertEquals("[\"https://si.geilicdn.com/a.jpg\"]", param.get("bigImgs").toString());
    }

    /**
     * sku[].img, as a vdian.item.add 1.1 request to api.vdian.com writes it (redpolarbear/scrape-backend
     * sku_product_generator.js: sku entries with title, stock, price, sku_merchant_code, img, attr_ids).
     */
    @Test
    void eachSkusPictureGoesAsItsImg() {
        JsonObject param = WeidianItem.param(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 2), new PlatformCategory("0", Map.of()),
                List.of("https://si.geilicdn.com/a.jpg"), Map.of("SPU-1-BK-M", "https://si.geilicdn.com/bk.jpg"));
        assertEquals("{\"title\":\"黑色 M\",\"price\":\"12.50\",\"stock\":30,\"sku_merchant_code\":\"SPU-1-BK-M\","
                + "\"img\":\"https://si.geilicdn.com/bk.jpg\"}", param.getAsJsonArray("sku").get(0).toString());
        org.junit.jupiter.api.Assertions.assertFalse(param.getAsJsonArray("sku").get(1).getAsJsonObject().has("img"),
                "an SKU without a picture of its own sends none");
    }

    @Test
    void statusCodesAreClassified() throws Exception {
        assertEquals(Kind.TOKEN_EXPIRED, WeidianErrors.kind("10013", "access_token过期"));
        assertEquals(Kind.RATE_LIMITED, WeidianErrors.kind("10011", "调用频率超限"));
        assertEquals(Kind.BUSY, WeidianErrors.kind("10010", "系统繁忙，请稍后再试"));
        assertEquals(Kind.REFUSED, WeidianErrors.kind("10002", "商品名称不能为空"));
        ChannelException e = assertThrows(ChannelException.class,
                () -> VdianClient.result("{\"status\": {\"status_code\": 10002, \"status_reason\": \"商品名称不能为空\"}}"));
        assertEquals("微店：商品名称不能为空（10002）", e.getMessage());
        assertEquals("{\"itemid\":\"2046\"}", VdianClient.result("{\"status\": {\"status_code\": 0, \"status_reason\": \"\"},"
                + " \"result\": {\"itemid\": \"2046\"}}").toString());
    }

    @Test
    void theRulePackFindsWhatWouldBlockPublishingOnWeidian() throws Exception {
        assertEquals(List.of(), ChannelFixtures.findings(WeidianAdapter.class, "weidian", ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3)));
        assertEquals(List.of("weidian.images.required"), ChannelFixtures.findings(WeidianAdapter.class, "weidian",
                ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 0)));
    }
}
