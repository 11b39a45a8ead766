package shelf.channel.taobao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException.Kind;
import shelf.api.channel.ChannelListing;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.Secret;
import shelf.channel.support.testing.ChannelFixtures;

/** The TOP envelope, the item parameters, the error classes and the rule pack. */
class TaobaoAdapterTest {

    @Test
    void aCallIsSignedOverItsSortedParametersLikeTheTopDocumentExample() {
        ChannelSettings settings = new ChannelSettings("taobao", "https://eco.taobao.com", "12345678", Secret.of("helloworld"),
                Secret.of("test"), Secret.of(""), "", "md5", java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(1));
        // 2016-01-01 12:00:00 in Beijing, the TOP document's example time
        Clock clock = Clock.fixed(Instant.parse("2016-01-01T04:00:00Z"), ZoneOffset.UTC);
        TopClient client = new TopClient(settings, null, () -> null, clock);
        Map<String, String> form = client.signed("taobao.item.seller.get",
                Map.of("fields", "num_iid,title,nick,price,num", "num_iid", "11223344"), "test");
        assertEquals("2016-01-01 12:00:00", form.get("timestamp"));
        assertEquals("66987CB115214E59E6EC978214934FB8", form.get("sign"));
    }

    /**
     * The TOP SDK neither signs nor sends a whitespace-only or empty value: TaobaoHashMap.put and
     * TaobaoUtils.signTopRequest keep a value only when StringUtils.areNotEmpty (whitespace counts as empty) —
     * com.aliyun:alibaba-dingtalk-service-sdk 2.0.0, source opendingtalk/alibaba-dingtalk-service-sdk. So the
     * document example with a blank desc and an empty input_str added signs and sends exactly as without them.
     */
    @Test
    void blankAndEmptyValuesAreNeitherSignedNorSentAsTheTopSdkDrops() {
        ChannelSettings settings = new ChannelSettings("taobao", "https://eco.taobao.com", "12345678", Secret.of("helloworld"),
                Secret.of("test"), Secret.of(""), "", "md5", java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(1));
        Clock clock = Clock.fixed(Instant.parse("2016-01-01T04:00:00Z"), ZoneOffset.UTC);
        TopClient client = new TopClient(settings, null, () -> null, clock);
        Map<String, String> form = client.signed("taobao.item.seller.get", Map.of("fields", "num_iid,title,nick,price,num",
                "num_iid", "11223344", "desc", "  \t", "input_str", ""), "test");
        assertEquals("66987CB115214E59E6EC978214934FB8", form.get("sign"));
        assertFalse(form.containsKey("desc"), form.toString());
        assertFalse(form.containsKey("input_str"), form.toString());
    }

    @Test
    void theItemCarriesSkusAsParallelListsInYuanWithTheBrandAsACustomValue() {
        Map<String, String> params = TaobaoItem.params(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3),
                new PlatformCategory("50000436", Map.of("品牌", "20000")), "https://img.alicdn.com/1.jpg",
                new TaobaoProps.Mapped(List.of("1627207:28341;20509:28315", "1627207:28341;20509:28316", "1627207:28320;20509:28315",
                        "1627207:28320;20509:28316"), ""));
        assertEquals("SPU-1", params.get("outer_id"));
        assertEquals("50000436", params.get("cid"));
        assertEquals("12.50", params.get("price"), "the lowest SKU price");
        assertEquals("60", params.get("num"), "the sum of the SKU quantities");
        // TOP taobao.item.add sku_properties: "格式:pid:vid;pid:vid,多个sku之间用逗号分隔。该字段内的销售属性（自定义的除外）
        // 也需要在props字段填写" (the TOP SDK's ItemAddRequest.SetSkuProperties documentation)
        assertEquals("1627207:28341;20509:28315,1627207:28341;20509:28316,1627207:28320;20509:28315,1627207:28320;20509:28316",
                params.get("sku_properties"));
        assertEquals("1627207:28341;20509:28315;20509:28316;1627207:28320", params.get("props"));
        assertEquals("12.50,12.50,13.00,13.00", params.get("sku_prices"));
        assertEquals("30,20,10,0", params.get("sku_quantities"));
        assertEquals("SPU-1-BK-M,SPU-1-BK-L,SPU-1-WH-M,SPU-1-WH-L", params.get("sku_outer_ids"));
        assertEquals("20000", params.get("input_pids"));
        assertEquals("南极人", params.get("input_str"));
    }

    @Test
    void anItemReadsBackAsAListingWithItsSkuIds() {
        ChannelListing listing = TaobaoItem.listing(JsonParser.parseString("{\"num_iid\": 5201314, \"outer_id\": \"SPU-1\","
                + " \"title\": \"T恤\", \"approve_status\": \"onsale\", \"skus\": {\"sku\": [{\"sku_id\": 9001, \"outer_id\": \"SPU-1-BK-M\","
                + " \"price\": \"12.50\", \"quantity\": 30, \"properties_name\": \"1627207:28341:颜色分类:黑色;20509:28315:尺码:M\"}]}}").getAsJsonObject());
        assertEquals("5201314", listing.listingId());
        assertTrue(listing.onSale());
        assertEquals(Map.of("SPU-1-BK-M", "9001"), listing.skuIds());
        assertEquals(Map.of("颜色分类", "黑色", "尺码", "M"), listing.product().skus().get(0).specs(),
                "properties_name is pid:vid:属性名:值 (TOP Sku.properties_name)");
    }

    @Test
    void errorCodesAreClassifiedAsTheTopErrorListSays() {
        assertEquals(Kind.RATE_LIMITED, TopErrors.kind("7", "accesscontrol.limited-by-app-access-count"));
        assertEquals(Kind.BAD_CREDENTIALS, TopErrors.kind("25", ""));
        assertEquals(Kind.TOKEN_EXPIRED, TopErrors.kind("27", ""));
        assertEquals(Kind.BUSY, TopErrors.kind("15", "isp.top-remote-connection-timeout"));
        assertEquals(Kind.NOT_FOUND, TopErrors.kind("15", "isv.item-not-exist"));
        assertEquals(Kind.REFUSED, TopErrors.kind("15", "isv.invalid-parameter:title"));
        assertFalse(TopErrors.classify(JsonParser.parseString("{\"code\": 15, \"msg\": \"Remote service error\","
                + " \"sub_code\": \"isv.invalid-parameter:title\", \"sub_msg\": \"标题过长\"}").getAsJsonObject()).retryable());
        assertEquals("淘宝：Remote service error（标题过长）", TopErrors.classify(JsonParser.parseString("{\"code\": 15, "
                + "\"msg\": \"Remote service error\", \"sub_code\": \"isv.x\", \"sub_msg\": \"标题过长\"}").getAsJsonObject()).getMessage());
    }

    @Test
    void theRulePackFindsWhatWouldBlockPublishingOnTaobao() throws Exception {
        assertEquals(List.of(), ChannelFixtures.findings(TaobaoAdapter.class, "taobao", ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3)));
        assertEquals(List.of("taobao.images.too-many", "taobao.title.too-long"), ChannelFixtures.findings(TaobaoAdapter.class,
                "taobao", ChannelFixtures.tshirt("纯棉圆领短袖T恤男款宽松大码夏季新款潮流百搭透气吸汗不起球官方正品包邮", 6)));
        assertEquals(List.of(), ChannelFixtures.findings(TaobaoAdapter.class, "taobao", "weidian", ChannelFixtures.tshirt("x", 9)),
                "the pack applies to Taobao only");
    }
}
