package shelf.channel.douyin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformCategory;
import shelf.channel.support.Secret;
import shelf.channel.support.testing.ChannelFixtures;

/** The 抖店 envelope, the product payload, the error classes and the rule pack. */
class DouyinAdapterTest {

    /** The query of a call signs the public SDK's pattern (see SignaturesTest for the vector's source). */
    /**
     * token.create of a self-use app as the official Go SDK sends it (vendored in zsmhub/doudian-sdk:
     * core/access_token_builder.go BuildAccessToken fills core/create_token_request.go CreateTokenParam, whose
     * fields have no omitempty and whose shop_id is *int64; utils/sign_util.go Marshal re-encodes it with keys
     * sorted, HTML escaping off): nulls kept, shop_id a number. The sign of that param_json for app_key ak,
     * secret sk, timestamp 1700000000 was computed independently (Python hmac, hashlib.sha256).
     */
    @Test
    void tokenCreateSendsTheShopIdAsANumberWithTheSdksExplicitNulls() throws Exception {
        String paramJson = Json.canonical(DoudianClient.createParam("12345"));
        assertEquals("{\"auth_id\":null,\"auth_subject_type\":null,\"code\":\"\",\"grant_type\":\"authorization_self\","
                + "\"shop_id\":12345}", paramJson);
        ChannelSettings settings = new ChannelSettings("douyin", "https://openapi-fxg.jinritemai.com", "ak", Secret.of("sk"),
                Secret.of(""), Secret.of(""), "12345", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        DoudianClient client = new DoudianClient(settings, null, () -> null, Clock.fixed(Instant.ofEpochSecond(1700000000),
                ZoneOffset.UTC));
        assertEquals("6150a0e2aac49d07d463b4c3d37b51c59f3f08c9fcb92153988c9b144b9d31d5",
                client.query("token.create", paramJson, null).get("sign"));
        shelf.api.channel.ChannelException e = org.junit.jupiter.api.Assertions.assertThrows(shelf.api.channel.ChannelException.class,
                () -> DoudianClient.createParam("my-shop"));
        assertEquals(Kind.BAD_CREDENTIALS, e.kind());
        assertEquals("抖店shopId必须是数字店铺ID，现在是“my-shop”：请在etc/channels/douyin.properties写shopId=店铺ID", e.getMessage());
    }

    /** core/doudian_op_api_client.go Request: every call carries the header x-open-no-old-err-code: 1. */
    @Test
    void everyCallCarriesTheHeaderEveryOfficialSdkSends() {
        assertEquals(Map.of("x-open-no-old-err-code", "1"), DoudianClient.HEADERS);
    }

    @Test
    void theQueryCarriesTheHmacSha256SignOfTheCanonicalParamJson() {
        ChannelSettings settings = new ChannelSettings("douyin", "https://openapi-fxg.jinritemai.com", "k", Secret.of("secret"),
                Secret.of(""), Secret.of(""), "", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        DoudianClient client = new DoudianClient(settings, null, () -> null, Clock.fixed(Instant.ofEpochSecond(123), ZoneOffset.UTC));
        Map<String, String> query = client.query("token.create", "{\"code\":\"c\"}", null);
        assertEquals("123", query.get("timestamp"));
        assertEquals("hmac-sha256", query.get("sign_method"));
        assertEquals("24a114146c12d8dffed8bfa75b9c3b70348bbfa9885d8e63a395ac10a9d439ef", query.get("sign"));
    }

    @Test
    void theProductCarriesSpecsAndPricesInFen() {
        JsonObject param = DouyinProduct.param(ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 2), new PlatformCategory("20219", Map.of()),
                List.of("https://p3.douyinpic.com/a", "https://p3.douyinpic.com/b"), List.of(), List.of());
        assertEquals("SPU-1", Json.text(param, "outer_product_id"));
        org.junit.jupiter.api.Assertions.assertFalse(param.has("spec_pic"), "no SKU has a picture of its own");
        assertEquals(20219, param.get("category_leaf_id").getAsLong());
        assertEquals("https://p3.douyinpic.com/a|https://p3.douyinpic.com/b", Json.text(param, "pic"));
        assertEquals("颜色|黑色,白色^尺码|M,L", Json.text(param, "specs"));
        JsonArray prices = JsonParser.parseString(Json.text(param, "spec_prices")).getAsJsonArray();
        assertEquals("{\"spec_detail_name1\":\"白色\",\"spec_detail_name2\":\"L\",\"price\":1300,\"stock_num\":0,"
                + "\"outer_sku_id\":\"SPU-1-WH-L\",\"code\":\"SPU-1-WH-L\"}", prices.get(3).toString());
        assertEquals("{\"品牌\":\"南极人\",\"材质\":\"纯棉\"}", Json.text(param, "product_format_new"));
    }

    /**
     * spec_pic as the official Go SDK types it (zsmhub/doudian-sdk api/product_addV2/request/product_addV2_request.go,
     * ProductAddV2Param.SpecPic, a string): the main spec's pictures "以逗号分隔", one per colour in the order of specs.
     */
    @Test
    void eachColoursPictureGoesInSpecPicInTheOrderOfSpecs() {
        shelf.api.catalog.Product tshirt = ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 2);
        List<shelf.api.catalog.Sku> skus = tshirt.skus().stream().map(sku -> sku.withImage(
                sku.specs().containsValue("黑色") ? "/desk/黑色.jpg" : "/desk/白色.jpg")).toList();
        assertEquals(Map.of("黑色", "/desk/黑色.jpg", "白色", "/desk/白色.jpg"), DouyinProduct.mainSpecPictures(skus));
        assertEquals(List.of("黑色", "白色"), List.copyOf(DouyinProduct.mainSpecPictures(skus).keySet()), "the order of specs");
        assertEquals(Map.of(), DouyinProduct.mainSpecPictures(tshirt.skus()), "no SKU has a picture: no spec_pic");
        JsonObject param = DouyinProduct.param(tshirt, new PlatformCategory("20219", Map.of()), List.of("https://p3.douyinpic.com/a"),
                List.of(), List.of("https://p3.douyinpic.com/bk", "https://p3.douyinpic.com/wh"));
        assertEquals("https://p3.douyinpic.com/bk,https://p3.douyinpic.com/wh", Json.text(param, "spec_pic"));
    }

    /**
     * product.detail's answer as the official Go SDK declares it (zsmhub/doudian-sdk api/product_detail/response,
     * ProductDetailData: specs[].values[] {id, name}, spec_prices[].spec_detail_ids, spec_pics[] {spec_detail_id, pic}):
     * each SKU reads back with its specs and its colour's picture.
     */
    @Test
    void aListingReadBackCarriesEachSkusSpecsAndPicture() {
        JsonObject data = JsonParser.parseString("""
                {"product_id": 3457000000000000001, "outer_product_id": "SPU-1", "name": "纯棉T恤", "status": 0,
                 "specs": [{"id": 11, "name": "颜色", "values": [{"id": 101, "name": "黑色"}, {"id": 102, "name": "白色"}]},
                           {"id": 12, "name": "尺码", "values": [{"id": 201, "name": "M"}]}],
                 "spec_pics": [{"spec_detail_id": 101, "pic": "https://p3.douyinpic.com/bk"}],
                 "spec_prices": [{"sku_id": 1, "outer_sku_id": "SPU-1-BK-M", "spec_detail_ids": [101, 201], "price": 1250, "stock_num": 3},
                                 {"sku_id": 2, "outer_sku_id": "SPU-1-WH-M", "spec_detail_ids": [102, 201], "price": 1300, "stock_num": 0}]}
                """).getAsJsonObject();
        List<shelf.api.catalog.Sku> skus = DouyinProduct.listing(data).product().skus();
        assertEquals(List.of("https://p3.douyinpic.com/bk", ""), skus.stream().map(shelf.api.catalog.Sku::image).toList());
        assertEquals(List.of(Map.of("颜色", "黑色", "尺码", "M"), Map.of("颜色", "白色", "尺码", "M")),
                skus.stream().map(shelf.api.catalog.Sku::specs).toList());
    }

    @Test
    void errorCodesAreClassified() {
        assertEquals(Kind.RATE_LIMITED, DouyinErrors.kind("9", ""));
        assertEquals(Kind.BUSY, DouyinErrors.kind("8", "isp.service-error"));
        assertEquals(Kind.TOKEN_EXPIRED, DouyinErrors.kind("30002", ""));
        assertEquals(Kind.TOKEN_EXPIRED, DouyinErrors.kind("40004", "isv.access-token-expired"));
        assertEquals(Kind.BAD_CREDENTIALS, DouyinErrors.kind("40004", "isv.signature-invalid"));
        assertEquals(Kind.NOT_FOUND, DouyinErrors.kind("40004", "isv.product-not-exist"));
        assertEquals(Kind.REFUSED, DouyinErrors.kind("40004", "isv.business-failed:title"));
    }

    @Test
    void theRulePackFindsWhatWouldBlockPublishingOnDouyin() throws Exception {
        assertEquals(List.of(), ChannelFixtures.findings(DouyinAdapter.class, "douyin", ChannelFixtures.tshirt("纯棉圆领短袖T恤 男", 3)));
        assertEquals(List.of("douyin.images.too-many", "douyin.title.emoji"), ChannelFixtures.findings(DouyinAdapter.class,
                "douyin", ChannelFixtures.tshirt("纯棉T恤🔥爆款", 6)));
    }
}
