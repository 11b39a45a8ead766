package shelf.channel.taobao.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.PlatformIds;
import shelf.channel.support.testing.ChannelFixtures;

/**
 * SKU specs as the category's pid:vid, from answers shaped as TOP documents them: taobao.itemprops.get
 * {"item_props": {"item_prop": [{"pid", "name", "is_sale_prop"}]}} and taobao.itempropvalues.get
 * {"prop_values": {"prop_value": [{"cid", "pid", "prop_name", "vid", "name"}]}}.
 */
class TaobaoPropsTest {
    @TempDir
    Path home;

    final List<String> calls = new ArrayList<>();

    private JsonObject platform(String method, Map<String, String> params) {
        calls.add(method + " " + new java.util.TreeMap<>(params));
        if (method.equals("taobao.itemprops.get")) {
            return JsonParser.parseString("{\"item_props\": {\"item_prop\": [{\"pid\": 1627207, \"name\": \"颜色分类\", \"is_sale_prop\": true,"
                    + " \"is_allow_alias\": true}, {\"pid\": 20509, \"name\": \"尺码\", \"is_sale_prop\": true, \"is_allow_alias\": false}]}}").getAsJsonObject();
        }
        return JsonParser.parseString("{\"prop_values\": {\"prop_value\": [{\"cid\": 50000436, \"pid\": 1627207, \"prop_name\": \"颜色分类\","
                + " \"vid\": 28341, \"name\": \"黑色\"}, {\"cid\": 50000436, \"pid\": 1627207, \"prop_name\": \"颜色分类\", \"vid\": 28320,"
                + " \"name\": \"白色\"}, {\"cid\": 50000436, \"pid\": 1627207, \"prop_name\": \"颜色分类\", \"vid\": 28326, \"name\": \"红色\"},"
                + " {\"cid\": 50000436, \"pid\": 20509, \"prop_name\": \"尺码\", \"vid\": 28315, \"name\": \"M\"}]}}")
                .getAsJsonObject();
    }

    @Test
    void specsBecomeTheCategorysPidVidFetchedOnceAndKeptAcrossARestart() throws Exception {
        Path file = home.resolve("taobao-ids.jsonl");
        TaobaoProps props = new TaobaoProps(this::platform, new PlatformIds(file, "sandbox sandbox"));
        Sku blackM = ChannelFixtures.tshirt("T恤", 1).skus().get(0);
        assertEquals(new TaobaoProps.Mapped(List.of("1627207:28341;20509:28315"), ""), props.map("50000436", List.of(blackM)),
                "颜色 is the category's 颜色分类");
        assertEquals(List.of("taobao.itemprops.get {cid=50000436, fields=pid,name,is_sale_prop,is_color_prop,is_enum_prop,is_allow_alias,"
                + " is_sale_prop=true}",
                "taobao.itempropvalues.get {cid=50000436, fields=cid,pid,prop_name,vid,name, pvs=1627207;20509}"), calls);

        calls.clear();
        TaobaoProps restarted = new TaobaoProps(this::platform, new PlatformIds(file, "sandbox sandbox"));
        assertEquals(List.of("1627207:28341;20509:28315"), restarted.map("50000436", List.of(blackM)).skuProperties());
        assertEquals(List.of(), calls);
    }

    @Test
    void whatTheCategoryDoesNotHaveIsNamedInOneLine() {
        TaobaoProps props = new TaobaoProps(this::platform, new PlatformIds(null, ""));
        Sku blackL = ChannelFixtures.tshirt("T恤", 1).skus().get(1);
        ChannelException value = assertThrows(ChannelException.class, () -> props.map("50000436", List.of(blackL)));
        assertEquals(Kind.REFUSED, value.kind());
        assertEquals("淘宝类目50000436的销售属性「尺码」没有值「L」，SKU SPU-1-BK-L无法映射：请改用该属性的标准值（taobao.itempropvalues.get）",
                value.getMessage());
        Sku litres = new Sku("SPU-2-1L", "", Map.of("容量", "1L"), null, blackL.salePrice(), null, null, 1, null);
        ChannelException prop = assertThrows(ChannelException.class, () -> props.map("50000436", List.of(litres)));
        assertEquals("淘宝类目50000436没有销售属性「容量」（该类目的销售属性：颜色分类、尺码），SKU SPU-2-1L无法映射：请改用这些属性名，"
                + "或在etc/channels/taobao-categories.json中换类目", prop.getMessage());
    }

    /**
     * A merchant's own colour goes under a standard colour the product does not use, with its own name as the alias:
     * TOP taobao.item.add property_alias "属性值别名。如pid:vid:别名;pid1:vid1:别名1" (the TOP SDK's ItemAddRequest).
     */
    @Test
    void ownColoursGoAsAliasesOfStandardColoursTheProductDoesNotUse() throws Exception {
        TaobaoProps props = new TaobaoProps(this::platform, new PlatformIds(null, ""));
        List<Sku> skus = List.of(colour("SPU-3-BK", "黑色"), colour("SPU-3-HAZE", "雾霾蓝"), colour("SPU-3-OAT", "燕麦色"),
                colour("SPU-3-HAZE2", "雾霾蓝"));
        TaobaoProps.Mapped mapped = props.map("50000436", skus);
        assertEquals(List.of("1627207:28341;20509:28315", "1627207:28320;20509:28315", "1627207:28326;20509:28315",
                "1627207:28320;20509:28315"), mapped.skuProperties());
        assertEquals("1627207:28320:雾霾蓝;1627207:28326:燕麦色", mapped.propertyAlias());

        List<Sku> tooMany = List.of(colour("SPU-4-A", "黑色"), colour("SPU-4-B", "雾霾蓝"), colour("SPU-4-C", "燕麦色"),
                colour("SPU-4-D", "焦糖色"));
        ChannelException e = assertThrows(ChannelException.class, () -> props.map("50000436", tooMany));
        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("淘宝类目50000436的销售属性「颜色分类」只剩2个未用的标准值，放不下商品的3个自有值（雾霾蓝、燕麦色、焦糖色）："
                + "请把其中1个改用该属性的标准值，或分成两个商品", e.getMessage());
    }

    private static Sku colour(String code, String colour) {
        Map<String, String> specs = new java.util.LinkedHashMap<>();
        specs.put("颜色", colour);
        specs.put("尺码", "M");
        return new Sku(code, "", specs, null, new java.math.BigDecimal("19.90"), null, null, 1, null);
    }
}
