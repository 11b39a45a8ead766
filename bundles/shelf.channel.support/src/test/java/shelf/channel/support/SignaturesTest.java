package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Each platform's signature against the example its own documentation publishes. */
class SignaturesTest {

    /**
     * Taobao open platform, "API调用方法详解" (open.taobao.com/doc.htm?docId=101617&docType=1), 签名示例:
     * app_key 12345678, secret helloworld, taobao.item.seller.get → 66987CB115214E59E6EC978214934FB8.
     */
    @Test
    void taobaoMd5MatchesTheTopDocumentExample() {
        Map<String, String> params = new HashMap<>(Map.of("method", "taobao.item.seller.get", "app_key", "12345678",
                "session", "test", "timestamp", "2016-01-01 12:00:00", "format", "json", "v", "2.0",
                "sign_method", "md5", "fields", "num_iid,title,nick,price,num", "num_iid", "11223344"));
        assertEquals("app_key12345678fieldsnum_iid,title,nick,price,numformatjsonmethodtaobao.item.seller.get"
                + "num_iid11223344sessiontestsign_methodmd5timestamp2016-01-01 12:00:00v2.0", Signatures.joined(params));
        assertEquals("66987CB115214E59E6EC978214934FB8", Signatures.taobao(params, "helloworld", "md5"));
        params.put("sign", "66987CB115214E59E6EC978214934FB8");
        assertEquals("66987CB115214E59E6EC978214934FB8", Signatures.taobao(params, "helloworld", "md5"),
                "the sign parameter itself is not signed");
        params.put("image", "");
        assertEquals("66987CB115214E59E6EC978214934FB8", Signatures.taobao(params, "helloworld", "md5"),
                "empty values are left out as the TOP SDK does");
    }

    /** TOP's hmac is HMAC-MD5 over the joined string: {"Hi": " There"} joins to RFC 2202's test case 1. */
    @Test
    void taobaoHmacIsHmacMd5OverTheJoinedParameters() {
        assertEquals("9294727A3638BB1C13F48EF8158BFC9D", Signatures.taobao(Map.of("Hi", " There"), "\u000b".repeat(16), "hmac"));
        assertEquals("B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7",
                Signatures.taobao(Map.of("Hi", " There"), "\u000b".repeat(20), "hmac-sha256"), "RFC 4231 test case 1");
    }

    /**
     * Pinduoduo open platform, 签名算法 (open.pinduoduo.com/application/document/browse?idStr=8EC06C399636041E):
     * client_secret testSecret, pdd.order.number.list.get → E4DE3ED21002510DED352819E7AE6775.
     */
    @Test
    void pinduoduoMatchesTheDocumentExample() {
        Map<String, String> params = Map.of("access_token", "asd78172s8ds9a921j9qqwda12312w1w21211", "client_id", "1",
                "data_type", "XML", "order_status", "1", "page", "1", "page_size", "10", "timestamp", "1480411125",
                "type", "pdd.order.number.list.get");
        assertEquals("E4DE3ED21002510DED352819E7AE6775", Signatures.pinduoduo(params, "testSecret"));
    }

    /**
     * Douyin shop: the sign pattern of the public SDK (zsmhub/doudian-sdk utils/sign_util.go, Sign):
     * secret + "app_key"+k + "method"+m + "param_json"+json + "timestamp"+t + "v2" + secret, HMAC-SHA256
     * keyed by the secret, lower-case hex. The platform publishes an online signing tool rather than a fixed
     * example; the expected values were computed independently (Python hmac/hashlib).
     */
    @Test
    void douyinSignsThePatternOfThePublicSdk() {
        assertEquals("24a114146c12d8dffed8bfa75b9c3b70348bbfa9885d8e63a395ac10a9d439ef",
                Signatures.douyin("k", "secret", "token.create", "{\"code\":\"c\"}", "123", "2", "hmac-sha256"));
        assertEquals("728a6813876cd16bad56a7cacb88e2db",
                Signatures.douyin("k", "secret", "token.create", "{\"code\":\"c\"}", "123", "2", "md5"));
    }

    @Test
    void douyinParamJsonIsSortedAtEveryLevelWithoutEscapingChinese() {
        String canonical = Json.canonical(JsonParser.parseString("{\"b\": {\"c\": [{\"e\": 2, \"d\": \"中\"}]}, \"a\": 1}"));
        assertEquals("{\"a\":1,\"b\":{\"c\":[{\"d\":\"中\",\"e\":2}]}}", canonical);
        assertEquals("e677147c474444cbcda8962a72b7eb37f8b7be193c2a52d512bc35b686dffd0b",
                Signatures.douyin("ak", "sk", "product.addV2", canonical, "1700000000", "2", "hmac-sha256"));
    }

    /**
     * param_json as the 抖店 guide and its Go SDK write it (zsmhub/doudian-sdk utils/sign_util.go Marshal:
     * encoding/json with UseNumber and SetEscapeHTML(false)): an explicit null stays (CreateTokenParam's
     * auth_id has no omitempty), and a number is written as Go and JavaScript write a float64 — 12.0 as 12,
     * 1e21 as 1e+21, 1.5e-7 as 1.5e-7 — not as Java's Double.toString (12.0, 1.0E21). Python's json.dumps
     * would write 12.0 and 1.5e-07: the guide is followed where they differ.
     */
    @Test
    void douyinParamJsonKeepsNullsAndWritesNumbersAsTheGuide() {
        JsonObject param = new JsonObject();
        param.add("auth_id", JsonNull.INSTANCE);
        param.addProperty("price", 12.0);
        param.addProperty("big", 1e21);
        param.addProperty("small", 1.5e-7);
        param.addProperty("rate", 0.000001);
        param.addProperty("yuan", new java.math.BigDecimal("12.50"));
        param.addProperty("fen", 1250L);
        param.addProperty("id", 3476543456789012345L);
        param.addProperty("minus", -0.5);
        param.addProperty("text", "<b>&'中'</b>");
        assertEquals("{\"auth_id\":null,\"big\":1e+21,\"fen\":1250,\"id\":3476543456789012345,\"minus\":-0.5,"
                + "\"price\":12,\"rate\":0.000001,\"small\":1.5e-7,\"text\":\"<b>&'中'</b>\",\"yuan\":12.5}", Json.canonical(param));
        assertEquals("[null,{\"a\":null}]", Json.canonical(JsonParser.parseString("[null, {\"a\": null}]")));
    }

    /** TOP's StringUtils.areNotEmpty counts a whitespace-only value as empty: the document example signs the same with one. */
    @Test
    void taobaoLeavesWhitespaceOnlyValuesOutOfTheSignature() {
        Map<String, String> params = new HashMap<>(Map.of("method", "taobao.item.seller.get", "app_key", "12345678",
                "session", "test", "timestamp", "2016-01-01 12:00:00", "format", "json", "v", "2.0",
                "sign_method", "md5", "fields", "num_iid,title,nick,price,num", "num_iid", "11223344"));
        params.put("desc", " \u3000\t");
        assertEquals("66987CB115214E59E6EC978214934FB8", Signatures.taobao(params, "helloworld", "md5"));
        assertEquals(Map.of("a", "1", "c", " "), Signatures.withoutEmpty(new java.util.TreeMap<>(Map.of("a", "1", "b", "", "c", " ")), false));
        assertEquals(Map.of("a", "1"), Signatures.withoutEmpty(Map.of("a", "1", "b", "", "c", " "), true));
    }

    @Test
    void signaturesCompareIgnoringCase() {
        assertTrue(Signatures.same("ABCDEF", "abcdef"));
        assertNotEquals(true, Signatures.same("ABCDEF", "abcdee"));
    }
}
