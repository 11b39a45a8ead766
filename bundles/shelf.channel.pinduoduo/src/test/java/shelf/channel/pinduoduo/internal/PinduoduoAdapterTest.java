package shelf.channel.pinduoduo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.Secret;
import shelf.channel.support.testing.ChannelFixtures;

/** The pop envelope, the goods payload in fen, the error classes and the rule pack. */
class PinduoduoAdapterTest {

    /** The signing example of the Pinduoduo open platform docs (idStr=8EC06C399636041E), sent through our envelope. */
    @Test
    void aCallIsSignedLikeTheDocumentExample() {
        ChannelSettings settings = new ChannelSettings("pinduoduo", "https://gw-api.pinduoduo.com", "1", Secret.of("testSecret"),
                Secret.of(""), Secret.of(""), "", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1480411125), ZoneOffset.UTC);
        PopClient client = new PopClient(settings, null, () -> null, clock);
        Map<String, String> form = client.signed("pdd.order.number.list.get", Map.of("data_type", "XML", "order_status", "1",
                "page", "1", "page_size", "10"), "asd78172s8ds9a921j9qqwda12312w1w21211");
        assertEquals("1480411125", form.get("timestamp"));
        assertEquals("E4DE3ED21002510DED352819E7AE6775", form.get("sign"));
    }

    /**
     * An empty value (goods_desc of a product without a description) is neither signed nor sent: the official
     * PHP SDK's PopHttpClient::toUrlParams skips {@code $v !== ""} when signing (Com\\Pdd\\Pop\\Sdk, pop-sdk
     * PHP), while lywzx/pdd-node-sdk src/libs/pdd-client.ts sign() appends the name with an empty value — the
     * two disagree, so an empty value must not travel at all. A blank value is signed as it is (PHP signs it).
     * The document example with goods_desc="" added keeps its published sign.
     */
    @Test
    void anEmptyValueIsNeitherSignedNorSent() {
        ChannelSettings settings = new ChannelSettings("pinduoduo", "https://gw-api.pinduoduo.com", "1", Secret.of("testSecret"),
                Secret.of(""), Secret.of(""), "", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1480411125), ZoneOffset.UTC);
        PopClient client = new PopClient(settings, null, () -> null, clock);
        Map<String, String> form = client.signed("pdd.order.number.list.get", Map.of("data_type", "XML", "order_status", "1",
                "page", "1", "page_size", "10", "goods_desc", ""), "asd78172s8ds9a921j9qqwda12312w1w21211");
        assertEquals("E4DE3ED21002510DED352819E7AE6775", form.get("sign"));
        org.junit.jupiter.api.Assertions.assertFalse(form.containsKey("goods_desc"), form.toString());
        Map<String, String> blank = client.signed("pdd.order.number.list.get", Map.of("data_type", "XML", "order_status", "1",
                "page", "1", "page_size", "10", "goods_desc", " "), "asd78172s8ds9a921j9qqwda12312w1w21211");
        assertEquals(" ", blank.get("goods_desc"), "a blank value is signed and sent as the PHP SDK does");
    }

    @Test
    void goodsCarryPricesInFenAndOurCodesAsOuterIds() {
        Map<String, String> params = PddGoods.params(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3), new PlatformCategory("9813", Map.of()),
                List.of("https://img.pddpic.com/a.jpg"), List.of(), Map.of("SPU-1-BK-M", "[20,5]"),
                Map.of("SPU-1-BK-M", "https://img.pddpic.com/bk.jpg"));
        assertEquals("SPU-1", params.get("out_goods_id"));
        assertEquals("9813", params.get("cat_id"));
        assertEquals("3900", params.get("market_price"));
        assertEquals("172800", params.get("shipment_limit_second"));
        assertEquals("[\"https://img.pddpic.com/a.jpg\"]", params.get("carousel_gallery"));
        JsonObject first = JsonParser.parseString(params.get("sku_list")).getAsJsonArray().get(0).getAsJsonObject();
        // open-pdd-net-sdk SkuListRequestModel: [JsonProperty("thumb_url")] "sku预览图" — the SKU's own picture
        assertEquals("https://img.pddpic.com/bk.jpg", first.get("thumb_url").getAsString());
        assertEquals(null, JsonParser.parseString(params.get("sku_list")).getAsJsonArray().get(1).getAsJsonObject().get("thumb_url"),
                "an SKU without a picture of its own sends none");
        assertEquals("SPU-1-BK-M", first.get("out_sku_sn").getAsString());
        assertEquals(1250, first.get("price").getAsLong());
        assertEquals(1250, first.get("multi_price").getAsLong());
        assertEquals(30, first.get("quantity").getAsInt());
        // open-pdd-net-sdk AddGoodsRequestModel.cs SkuListRequestModel: spec_id_list is a string, "示例：[20,5]"; no "spec" text
        assertEquals("[20,5]", first.get("spec_id_list").getAsString());
        org.junit.jupiter.api.Assertions.assertFalse(first.has("spec"), first.toString());
        assertEquals("纯棉圆领短袖T恤，透气吸汗", params.get("goods_desc"));
    }

    @Test
    void errorCodesAreClassified() {
        assertEquals(Kind.RATE_LIMITED, PddErrors.kind("70031", "", "调用过于频繁"));
        assertEquals(Kind.TOKEN_EXPIRED, PddErrors.kind("10019", "", "access_token已过期"));
        assertEquals(Kind.BUSY, PddErrors.kind("50001", "", "系统繁忙"));
        assertEquals(Kind.BAD_CREDENTIALS, PddErrors.kind("10000", "", "签名错误"));
        assertEquals(Kind.REFUSED, PddErrors.kind("10000", "", "商品标题过长"));
        assertEquals("拼多多：参数错误（商品标题过长）", PddErrors.classify(JsonParser.parseString("{\"error_code\": 10000,"
                + " \"error_msg\": \"参数错误\", \"sub_msg\": \"商品标题过长\"}").getAsJsonObject()).getMessage());
    }

    @Test
    void theRulePackFindsWhatWouldBlockPublishingOnPinduoduo() throws Exception {
        assertEquals(List.of(), ChannelFixtures.findings(PinduoduoAdapter.class, "pinduoduo", ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3)));
        assertEquals(List.of("pinduoduo.images.too-many"), ChannelFixtures.findings(PinduoduoAdapter.class, "pinduoduo",
                ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 11)));
    }
}
