package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelListing;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Signatures;
import shelf.channel.sandbox.kit.ListingDraft;
import shelf.channel.sandbox.kit.ListingStore;
import shelf.channel.sandbox.kit.SandboxListing;
import shelf.channel.sandbox.kit.SandboxSku;
import shelf.channel.sandbox.kit.SandboxCredentials;

/**
 * The simulators refuse what the real platforms refuse — the request shapes the official SDKs and documents do
 * not send — and the adapters send what they send. Each refusal below is a request Shelf used to make.
 */
class PlatformRulesTest {
    static Sandbox sandbox;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.deactivate();
    }

    private static JsonObject post(String channel, String pathAndQuery, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.base() + "/" + channel + pathAndQuery))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return JsonParser.parseString(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject();
    }

    private static JsonObject douyin(String method, String paramJson, boolean header) throws Exception {
        SandboxCredentials credentials = sandbox.market("douyin").credentials;
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", credentials.appKey());
        query.put("method", method);
        query.put("access_token", sandbox.market("douyin").issueToken());
        query.put("timestamp", timestamp);
        query.put("v", "2");
        query.put("sign_method", "hmac-sha256");
        query.put("sign", Signatures.douyin(credentials.appKey(), credentials.appSecret(), method,
                Json.canonical(JsonParser.parseString(paramJson)), timestamp, "2", "hmac-sha256"));
        String path = "/" + method.replace('.', '/') + "?" + PlatformHttp.form(query);
        byte[] body = paramJson.getBytes(StandardCharsets.UTF_8);
        return header ? post("douyin", path, "application/json", body, "x-open-no-old-err-code", "1")
                : post("douyin", path, "application/json", body);
    }

    @Test
    void douyinRefusesACallWithoutTheHeaderEveryOfficialSdkSends() throws Exception {
        JsonObject answer = douyin("product.detail", "{\"out_product_id\":\"SPU-NONE\"}", false);
        assertEquals("isv.parameter-invalid:x-open-no-old-err-code", Json.text(answer, "sub_code"));
        assertEquals("40004", Json.text(douyin("product.detail", "{\"out_product_id\":\"SPU-NONE\"}", true), "code"),
                "with the header: product not found");
    }

    @Test
    void douyinRefusesAShopIdGivenAsText() throws Exception {
        JsonObject text = douyin("token.create", "{\"code\":\"\",\"grant_type\":\"authorization_self\",\"shop_id\":\"12345\"}", true);
        assertEquals("isv.parameter-invalid:shop_id", Json.text(text, "sub_code"));
        JsonObject number = douyin("token.create", "{\"auth_id\":null,\"auth_subject_type\":null,\"code\":\"\","
                + "\"grant_type\":\"authorization_self\",\"shop_id\":12345}", true);
        assertEquals("10000", Json.text(number, "code"), number.toString());
    }

    /** zsmhub/doudian-sdk api/sku_editPrice/request/sku_editPrice_request.go: out_sku_id int64; code and sku_id name the SKU. */
    @Test
    void douyinRefusesOurSkuCodeAsOutSkuIdAndTheAdapterNamesTheSkuBySkuId() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("douyin", sandbox);
        String id = adapter.create(SelfTest.product("SPU-DY-SKU", "纯棉T恤 抖店SKU"));
        JsonObject old = douyin("sku.editPrice", "{\"out_sku_id\":\"SPU-DY-SKU-M\",\"price\":1990,\"product_id\":" + id + "}", true);
        assertEquals("isv.parameter-invalid:out_sku_id", Json.text(old, "sub_code"));

        adapter.setPrice(id, "SPU-DY-SKU-M", new BigDecimal("19.90"));
        adapter.setStock(id, "SPU-DY-SKU-M", 7);
        SandboxSku sku = sandbox.market("douyin").store.get(id).sku("SPU-DY-SKU-M");
        assertEquals(1990, sku.priceFen);
        assertEquals(7, sku.stock);
        sandbox.market("douyin").store.removeOuterIds("SPU-DY-SKU");
    }

    @Test
    void wechatRefusesAnImageUploadWithoutUploadTypeAndRespTypeInTheUrlAndRawBytes() throws Exception {
        String token = "?access_token=" + sandbox.market("wechat").issueToken();
        JsonObject byUrl = post("wechat", "/channels/ec/basics/img/upload" + token, "application/json",
                "{\"img_url\":\"https://img.example.com/a.jpg\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("10020055", Json.text(byUrl, "errcode"), byUrl.toString());
        JsonObject raw = post("wechat", "/channels/ec/basics/img/upload" + token + "&upload_type=0&resp_type=1", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        assertEquals("10020059", Json.text(raw, "errcode"), raw.toString());
        JsonObject mediaId = post("wechat", "/channels/ec/basics/img/upload" + token + "&upload_type=1&resp_type=0",
                "application/json", "{\"img_url\":\"https://img.example.com/a.jpg\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("", Json.text(Json.child(mediaId, "pic_file"), "img_url"), "resp_type 0 answers a media_id, no URL");
        JsonObject url = post("wechat", "/channels/ec/basics/img/upload" + token + "&upload_type=1&resp_type=1",
                "application/json", "{\"img_url\":\"https://img.example.com/a.jpg\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(Json.text(Json.child(url, "pic_file"), "img_url").startsWith("https://img.sandbox.shelf.local/wechat/"), url.toString());
    }

    /** After a lost answer the product may be on any page of product/list/get, which has no out_product_id filter. */
    @Test
    void wechatFindsAProductByOuterIdOnAnyPage() throws Exception {
        ListingStore store = sandbox.market("wechat").store;
        for (int i = 0; i < 145; i++) { // five pages of 30
            store.create(new ListingDraft("SPU-OTHER-" + i, "纯棉T恤 其他" + i, "6090", List.of("https://img.example.com/x.jpg"),
                    List.of(new ListingDraft.SkuDraft("SPU-OTHER-" + i + "-M", Map.of("尺码", "M"), 1990, 1))));
        }
        store.create(new ListingDraft("SPU-WX-LATE", "纯棉T恤 第二页", "6090", List.of("https://img.example.com/x.jpg"),
                List.of(new ListingDraft.SkuDraft("SPU-WX-LATE-M", Map.of("尺码", "M"), 1990, 1))));
        Optional<ChannelListing> found = Simulators.adapter("wechat", sandbox).findByOuterId("SPU-WX-LATE");
        assertTrue(found.isPresent(), "found on a later page");
        assertEquals(store.byOuterId("SPU-WX-LATE").get(0).id, found.get().listingId());
        assertEquals(Optional.empty(), Simulators.adapter("wechat", sandbox).findByOuterId("SPU-WX-NOWHERE"));
        for (int i = 0; i < 145; i++) {
            store.removeOuterIds("SPU-OTHER-" + i);
        }
        store.removeOuterIds("SPU-WX-LATE");
    }

    /**
     * product/add changes a draft only (the document of product/listing: 草稿数据 and 线上数据): without listing 1 the
     * draft stays 编辑中, no review sees it and nothing is on sale; product/listing sends it for review. And
     * product/list/get takes at most 30 a page (默认10, 不超过30).
     */
    @Test
    void wechatKeepsADraftNotSentForListingOutOfReviewAndTakesAtMost30APage() throws Exception {
        String token = "?access_token=" + sandbox.market("wechat").issueToken();
        String body = "{\"out_product_id\": \"SPU-WX-DRAFT\", \"title\": \"纯棉圆领短袖T恤 草稿\", \"head_imgs\": [\"https://img.sandbox.shelf.local/wechat/1-a.jpg\"],"
                + " \"cats_v2\": [{\"cat_id\": \"6090\"}], \"skus\": [{\"out_sku_id\": \"SPU-WX-DRAFT-M\", \"sale_price\": 1990, \"stock_num\": 5,"
                + " \"sku_attrs\": [{\"attr_key\": \"尺码\", \"attr_value\": \"M\"}]}]}";
        JsonObject added = post("wechat", "/channels/ec/product/add" + token, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, added.get("errcode").getAsInt(), added.toString());
        String id = Json.text(Json.child(added, "data"), "product_id");
        byte[] get = ("{\"product_id\": \"" + id + "\", \"data_type\": 2}").getBytes(StandardCharsets.UTF_8);
        JsonObject draft = post("wechat", "/channels/ec/product/get" + token, "application/json", get);
        assertEquals("1", Json.text(Json.child(draft, "edit_product"), "edit_status"), "编辑中: " + draft);
        assertEquals(null, sandbox.market("wechat").reviews.ofListing(id), "no review was asked for");
        assertEquals(false, sandbox.market("wechat").store.get(id).onSale);

        post("wechat", "/channels/ec/product/listing" + token, "application/json",
                ("{\"product_id\": \"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
        draft = post("wechat", "/channels/ec/product/get" + token, "application/json", get);
        assertEquals("4", Json.text(Json.child(draft, "edit_product"), "edit_status"), "审核成功 once sent: " + draft);

        JsonObject tooMany = post("wechat", "/channels/ec/product/list/get" + token, "application/json",
                "{\"page_size\": 31}".getBytes(StandardCharsets.UTF_8));
        assertEquals(40097, tooMany.get("errcode").getAsInt(), tooMany.toString());
        JsonObject most = post("wechat", "/channels/ec/product/list/get" + token, "application/json",
                "{\"page_size\": 30}".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, most.get("errcode").getAsInt(), most.toString());
        sandbox.market("wechat").store.removeOuterIds("SPU-WX-DRAFT");
    }

    /** A search reads a whole shop: on a platform that fails a third of all calls it must still finish. */
    @Test
    void wechatFindsAProductByOuterIdWhileAThirdOfAllCallsFail() throws Exception {
        ListingStore store = sandbox.market("wechat").store;
        for (int i = 0; i < 145; i++) {
            store.create(new ListingDraft("SPU-BUSY-" + i, "纯棉T恤 其他" + i, "6090", List.of("https://img.example.com/x.jpg"),
                    List.of(new ListingDraft.SkuDraft("SPU-BUSY-" + i + "-M", Map.of("尺码", "M"), 1990, 1))));
        }
        var adapter = Simulators.adapter("wechat", sandbox);
        adapter.findByOuterId("warm-up"); // the token, before the faults
        sandbox.change("wechat", new FaultChange(0.1, null, 0.2, null, null, null, true), false);
        try {
            Optional<ChannelListing> found = findAskingAgain(adapter, "SPU-BUSY-144");
            assertTrue(found.isPresent(), "found in spite of the faults");
            assertEquals(store.byOuterId("SPU-BUSY-144").get(0).id, found.get().listingId());
        } finally {
            sandbox.change("wechat", new FaultChange(null, null, null, null, null, null, true), false);
            for (int i = 0; i < 145; i++) {
                store.removeOuterIds("SPU-BUSY-" + i);
            }
        }
    }

    @Test
    void wechatLookupsMadeTogetherShareOneReadOfTheShop() throws Exception {
        ListingStore store = sandbox.market("wechat").store;
        for (int i = 0; i < 300; i++) { // ten pages of 30
            store.create(new ListingDraft("SPU-TOGETHER-" + i, "纯棉T恤 其他" + i, "6090", List.of("https://img.example.com/x.jpg"),
                    List.of(new ListingDraft.SkuDraft("SPU-TOGETHER-" + i + "-M", Map.of("尺码", "M"), 1990, 1))));
        }
        var adapter = Simulators.adapter("wechat", sandbox);
        try {
            assertEquals(Optional.empty(), findAskingAgain(adapter, "SPU-TOGETHER-NONE")); // the token; every product seen once
            long before = sandbox.market("wechat").requests.sum();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<Optional<ChannelListing>>> lookups = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String outerId = i % 2 == 0 ? "SPU-TOGETHER-" + (299 - i) : "SPU-TOGETHER-MISSING-" + i;
                lookups.add(pool.submit(() -> findAskingAgain(adapter, outerId)));
            }
            for (int i = 0; i < 8; i++) {
                Optional<ChannelListing> found = lookups.get(i).get();
                if (i % 2 == 0) {
                    assertEquals(store.byOuterId("SPU-TOGETHER-" + (299 - i)).get(0).id, found.orElseThrow().listingId());
                } else {
                    assertEquals(Optional.empty(), found);
                }
            }
            pool.shutdown();
            long requests = sandbox.market("wechat").requests.sum() - before;
            // each lookup reading the shop alone: 8 × 10 pages; shared: at most two reads of 10 pages, and the 4
            // products found read once more each (online data, or the draft after it)
            assertTrue(requests <= 2 * 10 + 4 * 2, requests + " requests for 8 lookups in a shop of 10 pages");
        } finally {
            store.removeOuterIds("SPU-TOGETHER-");
        }
    }

    /** As the publisher does: a lookup told the shop is still being read asks again a little later. */
    private static Optional<ChannelListing> findAskingAgain(shelf.api.channel.ChannelAdapter adapter, String outerId)
            throws Exception {
        for (int tries = 1; ; tries++) {
            try {
                return adapter.findByOuterId(outerId);
            } catch (shelf.api.channel.ChannelException e) {
                if (!"find.reading".equals(e.platformCode()) || tries == 60) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    @Test
    void pinduoduoRefusesAnEmptyValueThatWasNotSigned() throws Exception {
        SandboxCredentials credentials = sandbox.market("pinduoduo").credentials;
        Map<String, String> form = new LinkedHashMap<>(Map.of("type", "pdd.goods.list.get", "client_id", credentials.appKey(),
                "access_token", sandbox.market("pinduoduo").issueToken(), "timestamp", String.valueOf(System.currentTimeMillis() / 1000),
                "data_type", "JSON", "goods_desc", ""));
        form.put("sign", Signatures.pinduoduo(form, credentials.appSecret()));
        JsonObject answer = post("pinduoduo", "/api/router", "application/x-www-form-urlencoded",
                PlatformHttp.form(form).getBytes(StandardCharsets.UTF_8));
        assertEquals("参数goods_desc是空值，未参与签名", Json.text(answer.getAsJsonObject("error_response"), "sub_msg"), answer.toString());
    }

    /** A product whose description is empty (Pinduoduo) or only spaces (Taobao) is listed: nothing empty travels. */
    @Test
    void aProductWithoutADescriptionIsListedOnPinduoduoAndTaobao() throws Exception {
        for (String channel : List.of("pinduoduo", "taobao")) {
            shelf.api.catalog.Product p = SelfTest.product("SPU-NODESC", "纯棉T恤 无描述");
            p = new shelf.api.catalog.Product(p.merchant(), p.spuCode(), p.title(), "", p.categoryPath(), p.brand(), p.attributes(),
                    channel.equals("taobao") ? "  " : "", List.of(), p.mainImages(), p.detailImages(), "", "", "", 48, p.skus());
            Simulators.adapter(channel, sandbox).create(p);
            assertEquals(1, sandbox.market(channel).store.byOuterId("SPU-NODESC").size(), channel);
            sandbox.market(channel).store.removeOuterIds("SPU-NODESC");
        }
    }

    @Test
    void taobaoRefusesAWhitespaceOnlyValue() throws Exception {
        SandboxCredentials credentials = sandbox.market("taobao").credentials;
        Map<String, String> form = new LinkedHashMap<>(Map.of("method", "taobao.items.onsale.get", "app_key", credentials.appKey(),
                "session", sandbox.market("taobao").issueToken(), "timestamp", "2026-01-01 12:00:00", "format", "json", "v", "2.0",
                "sign_method", "md5", "q", "  "));
        Map<String, String> signed = new LinkedHashMap<>(form);
        // signed the way Shelf used to: the blank value inside the signed string
        signed.put("sign", Signatures.md5(credentials.appSecret() + new java.util.TreeMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + e.getValue()).reduce("", String::concat) + credentials.appSecret()).toUpperCase());
        JsonObject answer = post("taobao", "/router/rest", "application/x-www-form-urlencoded",
                PlatformHttp.form(signed).getBytes(StandardCharsets.UTF_8));
        assertEquals("25", Json.text(answer.getAsJsonObject("error_response"), "code"), answer.toString());
    }

    @Test
    void weidianRefusesSkusForItemAddVersion11() throws Exception {
        JsonObject common = new JsonObject();
        common.addProperty("method", "vdian.item.add");
        common.addProperty("access_token", sandbox.market("weidian").issueToken());
        common.addProperty("version", "1.1");
        common.addProperty("format", "json");
        String param = "{\"itemName\":\"纯棉T恤\",\"price\":\"19.90\",\"stock\":1,\"merchant_code\":\"SPU-WD\",\"bigImgs\":[\"https://a/b.jpg\"],"
                + "\"skus\":[{\"title\":\"M\",\"price\":\"19.90\",\"stock\":1,\"sku_merchant_code\":\"SPU-WD-M\"}]}";
        JsonObject answer = post("weidian", "/api", "application/x-www-form-urlencoded",
                PlatformHttp.form(Map.of("public", common.toString(), "param", param)).getBytes(StandardCharsets.UTF_8));
        assertEquals("10002", Json.text(Json.child(answer, "status"), "status_code"), answer.toString());
        assertEquals(0, sandbox.market("weidian").store.byOuterId("SPU-WD").size());
    }

    private static JsonObject pinduoduo(Map<String, String> params) throws Exception {
        SandboxCredentials credentials = sandbox.market("pinduoduo").credentials;
        Map<String, String> form = new LinkedHashMap<>(Map.of("client_id", credentials.appKey(),
                "access_token", sandbox.market("pinduoduo").issueToken(), "timestamp", String.valueOf(System.currentTimeMillis() / 1000),
                "data_type", "JSON"));
        form.putAll(params);
        form.put("sign", Signatures.pinduoduo(form, credentials.appSecret()));
        return post("pinduoduo", "/api/router", "application/x-www-form-urlencoded", PlatformHttp.form(form).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> goods(String outerId, String skuList) {
        Map<String, String> goods = new LinkedHashMap<>();
        goods.put("type", "pdd.goods.add");
        goods.put("goods_name", "纯棉T恤 规格");
        goods.put("cat_id", "9813");
        goods.put("out_goods_id", outerId);
        goods.put("carousel_gallery", "[\"https://img.example.com/a.jpg\"]");
        goods.put("sku_list", skuList);
        return goods;
    }

    /** The request Shelf used to send: spec_id_list an empty array, the spec as text. */
    @Test
    void pinduoduoRefusesSkusWithoutTheSpecIdsOfSpecIdGet() throws Exception {
        JsonObject old = pinduoduo(goods("SPU-PDD-SPEC", "[{\"out_sku_sn\":\"SPU-PDD-SPEC-M\",\"price\":2990,\"multi_price\":2990,"
                + "\"quantity\":1,\"spec\":\"黑色 M\",\"spec_id_list\":[]}]"));
        assertEquals("sku_list[0]（SPU-PDD-SPEC-M）的spec_id_list须为规格ID列表的字符串，如\"[20,5]\"",
                Json.text(old.getAsJsonObject("error_response"), "sub_msg"), old.toString());
        JsonObject empty = pinduoduo(goods("SPU-PDD-SPEC", "[{\"out_sku_sn\":\"SPU-PDD-SPEC-M\",\"price\":2990,\"multi_price\":2990,"
                + "\"quantity\":1,\"spec_id_list\":\"[]\"}]"));
        assertEquals("sku_list[0]（SPU-PDD-SPEC-M）的spec_id_list为空：规格ID须由pdd.goods.spec.id.get生成",
                Json.text(empty.getAsJsonObject("error_response"), "sub_msg"), empty.toString());

        JsonObject spec = pinduoduo(Map.of("type", "pdd.goods.spec.id.get", "parent_spec_id", "1215", "spec_name", "黑色"))
                .getAsJsonObject("goods_spec_id_get_response");
        JsonObject listed = pinduoduo(goods("SPU-PDD-SPEC", "[{\"out_sku_sn\":\"SPU-PDD-SPEC-M\",\"price\":2990,\"multi_price\":2990,"
                + "\"quantity\":1,\"spec_id_list\":\"[" + Json.text(spec, "spec_id") + "]\"}]"));
        assertTrue(listed.has("goods_add_response"), listed.toString());
        assertEquals(Map.of("颜色", "黑色"), sandbox.market("pinduoduo").store.byOuterId("SPU-PDD-SPEC").get(0).skus.get(0).specs);
        sandbox.market("pinduoduo").store.removeOuterIds("SPU-PDD-SPEC");
    }

    private static JsonObject taobao(Map<String, String> params) throws Exception {
        SandboxCredentials credentials = sandbox.market("taobao").credentials;
        Map<String, String> form = new LinkedHashMap<>(Map.of("app_key", credentials.appKey(),
                "session", sandbox.market("taobao").issueToken(), "timestamp", "2026-01-01 12:00:00", "format", "json", "v", "2.0",
                "sign_method", "md5"));
        form.putAll(params);
        form.put("sign", Signatures.taobao(form, credentials.appSecret(), "md5"));
        return post("taobao", "/router/rest", "application/x-www-form-urlencoded", PlatformHttp.form(form).getBytes(StandardCharsets.UTF_8));
    }

    /** TOP taobao.item.add: sku_properties "格式:pid:vid;pid:vid", the sale properties repeated in props. */
    @Test
    void taobaoRefusesSkuPropertiesThatAreNotTheCategorysPidVid() throws Exception {
        Map<String, String> item = new LinkedHashMap<>(Map.of("method", "taobao.item.add", "outer_id", "SPU-TB-PV", "title", "纯棉T恤 属性",
                "cid", "50000436", "type", "fixed", "price", "29.90", "num", "1", "sku_prices", "29.90", "sku_quantities", "1",
                "sku_outer_ids", "SPU-TB-PV-M"));
        item.put("sku_properties", "颜色:黑色;尺码:M");
        JsonObject text = taobao(item);
        assertEquals("sku_properties第1个SKU的属性「颜色:黑色」不是pid:vid格式：请用taobao.itemprops.get与taobao.itempropvalues.get取得类目的销售属性",
                Json.text(text.getAsJsonObject("error_response"), "sub_msg"), text.toString());
        item.put("sku_properties", "1627207:28300;20509:28402");
        JsonObject withoutProps = taobao(item);
        assertEquals("销售属性1627207:28300未填写在props中", Json.text(withoutProps.getAsJsonObject("error_response"), "sub_msg"));
        item.put("props", "1627207:28300;20509:28402");
        JsonObject listed = taobao(item);
        assertTrue(listed.has("item_add_response"), listed.toString());
        SandboxListing listing = sandbox.market("taobao").store.byOuterId("SPU-TB-PV").get(0);
        assertEquals("1627207:28300:颜色分类:黑色;20509:28402:尺码:M", TaobaoApi.propertiesName(listing.skus.get(0).specs));
        sandbox.market("taobao").store.removeOuterIds("SPU-TB-PV");
    }

    /**
     * TOP taobao.item.add property_alias "pid:vid:别名;pid1:vid1:别名1": an alias names a value of a property that takes
     * aliases, once, and one the SKUs use; the item then shows the alias as the value's name.
     */
    @Test
    void taobaoTakesAnAliasOnlyOnAValueTheSkusUseOnceAndOfAPropertyThatAllowsIt() throws Exception {
        Map<String, String> item = new LinkedHashMap<>(Map.of("method", "taobao.item.add", "outer_id", "SPU-TB-AL", "title", "纯棉T恤 别名",
                "cid", "50000436", "type", "fixed", "price", "29.90", "num", "2", "sku_prices", "29.90,29.90", "sku_quantities", "1,1",
                "sku_outer_ids", "SPU-TB-AL-1,SPU-TB-AL-2"));
        item.put("sku_properties", "1627207:28300;20509:28402,1627207:28301;20509:28402");
        item.put("props", "1627207:28300;20509:28402;1627207:28301");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("1627207:28302:雾霾蓝", "property_alias中的属性值1627207:28302没有在sku_properties中使用");
        refusals.put("1627207:28301:雾霾蓝;1627207:28301:燕麦色", "property_alias中属性值1627207:28301设置了两个别名");
        refusals.put("20509:28402:中号", "属性20509（尺码）不允许设置别名");
        refusals.put("1627207:99999:雾霾蓝", "property_alias中的1627207:99999不是类目50000436的属性值");
        refusals.put("1627207:雾霾蓝", "property_alias中的「1627207:雾霾蓝」不是pid:vid:别名格式");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            item.put("property_alias", refusal.getKey());
            JsonObject answer = taobao(item);
            assertEquals(refusal.getValue(), Json.text(answer.getAsJsonObject("error_response"), "sub_msg"), answer.toString());
        }
        item.put("property_alias", "1627207:28301:雾霾蓝");
        JsonObject listed = taobao(item);
        assertTrue(listed.has("item_add_response"), listed.toString());
        SandboxListing listing = sandbox.market("taobao").store.byOuterId("SPU-TB-AL").get(0);
        assertEquals(Map.of("颜色分类", "雾霾蓝", "尺码", "M"), listing.sku("SPU-TB-AL-2").specs);
        assertEquals("1627207:28301:颜色分类:雾霾蓝;20509:28402:尺码:M", TaobaoApi.item(listing).getAsJsonObject("skus")
                .getAsJsonArray("sku").get(1).getAsJsonObject().get("properties_name").getAsString());

        item.put("outer_id", "SPU-TB-AL2");
        item.put("sku_properties", "1627207:28300;20509:28402,1627207:28300;20509:28402");
        item.remove("property_alias");
        JsonObject twice = taobao(item);
        assertEquals("sku_properties第2个SKU的销售属性「1627207:28300;20509:28402」与前面的SKU重复",
                Json.text(twice.getAsJsonObject("error_response"), "sub_msg"), twice.toString());
        sandbox.market("taobao").store.removeOuterIds("SPU-TB-AL");
    }

    /** As the platform: product.addV2 takes picture URLs (the material centre's), never a path on our disk. */
    @Test
    void douyinRefusesALocalPathAsAPictureOfProductAddV2() throws Exception {
        JsonObject answer = douyin("product.addV2", "{\"category_leaf_id\":20219,\"name\":\"纯棉T恤 本地图\",\"outer_product_id\":"
                + "\"SPU-DY-LOCAL\",\"pic\":\"/home/shop/主图.jpg\",\"spec_prices\":\"[{\\\"outer_sku_id\\\":\\\"SPU-DY-LOCAL-M\\\","
                + "\\\"price\\\":2990,\\\"stock_num\\\":1}]\"}", true);
        assertEquals("pic中的「/home/shop/主图.jpg」不是图片链接：请先用素材中心上传图片（material.uploadImageSync）并使用返回的链接",
                Json.text(answer, "sub_msg"), answer.toString());
        assertEquals(0, sandbox.market("douyin").store.byOuterId("SPU-DY-LOCAL").size());
    }

    /** zsmhub/doudian-sdk material_uploadImageSync_request.go: "url和file_uri二选一"; file_uri from open.binaryupload. */
    @Test
    void douyinTakesALocalFileThroughTheBinaryUploadSignedLikeAnyCall() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        JsonObject stored = douyin("open.binaryupload", "{\"file_content\":\"" + java.util.Base64.getEncoder().encodeToString(png)
                + "\"}", true);
        String storeUri = Json.text(Json.child(stored, "data"), "store_uri");
        assertTrue(storeUri.startsWith("tos-cn-i-sandbox/"), stored.toString());
        JsonObject unknown = douyin("material.uploadImageSync", "{\"file_uri\":\"tos-cn-i-other/1\",\"folder_id\":\"0\"}", true);
        assertEquals("isv.business-failed:file_uri", Json.text(unknown, "sub_code"), unknown.toString());
        JsonObject material = douyin("material.uploadImageSync", "{\"file_uri\":\"" + storeUri + "\",\"folder_id\":\"0\","
                + "\"material_name\":\"主图.png\",\"need_distinct\":true}", true);
        assertEquals("3", Json.text(Json.child(material, "data"), "audit_status"));
        assertTrue(Json.text(Json.child(material, "data"), "byte_url").startsWith("https://img.sandbox.shelf.local/douyin/"));
    }
}
