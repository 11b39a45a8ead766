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
            return JsonParser.parseString("{\"item_props\": {\"item_prop\": [{\"pid\": 1627207, \"name\": \"颜色分类\", \"is_sale_prop\": true},"
                    + " {\"pid\": 20509, \"name\": \"尺码\", \"is_sale_prop\": true}]}}").getAsJsonObject();
        }
        return JsonParser.parseString("{\"prop_values\": {\"prop_value\": [{\"cid\": 50000436, \"pid\": 1627207, \"prop_name\": \"颜色分类\","
                + " \"vid\": 28341, \"name\": \"黑色\"}, {\"cid\": 50000436, \"pid\": 1627207, \"prop_name\": \"颜色分类\", \"vid\": 28320,"
                + " \"name\": \"白色\"}, {\"cid\": 50000436, \"pid\": 20509, \"prop_name\": \"尺码\", \"vid\": 28315, \"name\": \"M\"}]}}")
                .getAsJsonObject();
    }

    @Test
    void specsBecomeTheCategorysPidVidFetchedOnceAndKeptAcrossARestart() throws Exception {
        Path file = home.resolve("taobao-ids.jsonl");
        TaobaoProps props = new TaobaoProps(this::platform, new PlatformIds(file, "sandbox sandbox"));
        Sku blackM = ChannelFixtures.tshirt("T恤", 1).skus().get(0);
        assertEquals("1627207:28341;20509:28315", props.skuProperties("50000436", blackM), "颜色 is the category's 颜色分类");
        assertEquals(List.of("taobao.itemprops.get {cid=50000436, fields=pid,name,is_sale_prop,is_color_prop,is_enum_prop, is_sale_prop=true}",
                "taobao.itempropvalues.get {cid=50000436, fields=cid,pid,prop_name,vid,name, pvs=1627207;20509}"), calls);

        calls.clear();
        TaobaoProps restarted = new TaobaoProps(this::platform, new PlatformIds(file, "sandbox sandbox"));
        assertEquals("1627207:28341;20509:28315", restarted.skuProperties("50000436", blackM));
        assertEquals(List.of(), calls);
    }

    @Test
    void whatTheCategoryDoesNotHaveIsNamedInOneLine() {
        TaobaoProps props = new TaobaoProps(this::platform, new PlatformIds(null, ""));
        Sku blackL = ChannelFixtures.tshirt("T恤", 1).skus().get(1);
        ChannelException value = assertThrows(ChannelException.class, () -> props.skuProperties("50000436", blackL));
        assertEquals(Kind.REFUSED, value.kind());
        assertEquals("淘宝类目50000436的销售属性「尺码」没有值「L」，SKU SPU-1-BK-L无法映射：请改用该属性的标准值（taobao.itempropvalues.get）",
                value.getMessage());
        Sku litres = new Sku("SPU-2-1L", "", Map.of("容量", "1L"), null, blackL.salePrice(), null, null, 1, null);
        ChannelException prop = assertThrows(ChannelException.class, () -> props.skuProperties("50000436", litres));
        assertEquals("淘宝类目50000436没有销售属性「容量」（该类目的销售属性：颜色分类、尺码），SKU SPU-2-1L无法映射：请改用这些属性名，"
                + "或在etc/channels/taobao-categories.json中换类目", prop.getMessage());
    }
}
