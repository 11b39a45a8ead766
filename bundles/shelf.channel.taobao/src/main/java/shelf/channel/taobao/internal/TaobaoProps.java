package shelf.channel.taobao.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformIds;

/**
 * A SKU's specs as the category's sale properties in TOP's pid:vid form: taobao.itemprops.get (cid,
 * is_sale_prop=true) gives the category's sale properties ({"item_props": {"item_prop": [{"pid", "name"}]}}),
 * taobao.itempropvalues.get (cid, pvs = the pids) their values ({"prop_values": {"prop_value": [{"pid", "vid",
 * "name"}]}}). A spec is the sale property of the same name, or the one whose name starts with it (颜色 →
 * 颜色分类, as most categories call it); its value the one of the same name. Both calls are made once per
 * category and kept in {@link PlatformIds}. A spec or value the category does not have is refused in one line
 * naming the category, the property and the value.
 */
final class TaobaoProps {
    /** Sends one TOP call. */
    @FunctionalInterface
    interface Top {
        JsonObject call(String method, Map<String, String> params) throws ChannelException;
    }

    private final Top top;
    private final PlatformIds ids;

    TaobaoProps(Top top, PlatformIds ids) {
        this.top = top;
        this.ids = ids;
    }

    /** "1627207:28341;20509:28315": the SKU's specs as pid:vid pairs of the category. */
    String skuProperties(String cid, Sku sku) throws ChannelException {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> spec : sku.specs().entrySet()) {
            pairs.add(pair(cid, sku.skuCode(), spec.getKey(), spec.getValue()));
        }
        return String.join(";", pairs);
    }

    /** The props of the item: every pid:vid its SKUs use, once, as TOP wants sale properties there too. */
    static String props(List<String> skuProperties) {
        Set<String> all = new LinkedHashSet<>();
        skuProperties.forEach(properties -> {
            for (String pair : properties.split(";")) {
                if (!pair.isEmpty()) {
                    all.add(pair);
                }
            }
        });
        return String.join(";", all);
    }

    private String pair(String cid, String skuCode, String name, String value) throws ChannelException {
        Map<String, String> props = saleProps(cid);
        String pid = props.get(name);
        String propName = name;
        if (pid == null) {
            for (Map.Entry<String, String> prop : props.entrySet()) {
                if (prop.getKey().startsWith(name)) {
                    pid = prop.getValue();
                    propName = prop.getKey();
                    break;
                }
            }
        }
        if (pid == null) {
            throw new ChannelException(Kind.REFUSED, "prop.unmapped", "淘宝类目" + cid + "没有销售属性「" + name + "」（该类目的销售属性："
                    + (props.isEmpty() ? "无" : String.join("、", props.keySet())) + "），SKU " + skuCode
                    + "无法映射：请改用这些属性名，或在etc/channels/taobao-categories.json中换类目");
        }
        String vid = ids.get("cid " + cid + " pid " + pid + " value " + value).orElse(null);
        if (vid == null) {
            throw new ChannelException(Kind.REFUSED, "prop.value-unmapped", "淘宝类目" + cid + "的销售属性「" + propName
                    + "」没有值「" + value + "」，SKU " + skuCode + "无法映射：请改用该属性的标准值（taobao.itempropvalues.get）");
        }
        return pid + ":" + vid;
    }

    /** The category's sale properties by name → pid, with their values, fetched once. */
    private Map<String, String> saleProps(String cid) throws ChannelException {
        String prefix = "cid " + cid + " prop ";
        Map<String, String> known = ids.startingWith(prefix);
        if (ids.get("cid " + cid + " fetched").isEmpty()) {
            JsonObject props = top.call("taobao.itemprops.get", Map.of("cid", cid, "is_sale_prop", "true",
                    "fields", "pid,name,is_sale_prop,is_color_prop,is_enum_prop"));
            List<String> pids = new ArrayList<>();
            for (JsonElement element : Json.array(Json.child(props, "item_props"), "item_prop")) {
                JsonObject prop = element.getAsJsonObject();
                ids.put(prefix + Json.text(prop, "name"), Json.text(prop, "pid"));
                pids.add(Json.text(prop, "pid"));
            }
            if (!pids.isEmpty()) {
                JsonObject values = top.call("taobao.itempropvalues.get", Map.of("cid", cid, "pvs", String.join(";", pids),
                        "fields", "cid,pid,prop_name,vid,name"));
                for (JsonElement element : Json.array(Json.child(values, "prop_values"), "prop_value")) {
                    JsonObject value = element.getAsJsonObject();
                    ids.put("cid " + cid + " pid " + Json.text(value, "pid") + " value " + Json.text(value, "name"),
                            Json.text(value, "vid"));
                }
            }
            ids.put("cid " + cid + " fetched", String.valueOf(pids.size()));
            known = ids.startingWith(prefix);
        }
        Map<String, String> byName = new LinkedHashMap<>();
        known.forEach((key, pid) -> byName.put(key.substring(prefix.length()), pid));
        return byName;
    }
}
