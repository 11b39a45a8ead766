package shelf.channel.taobao.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformIds;

/**
 * A product's SKU specs as the category's sale properties in TOP's pid:vid form: taobao.itemprops.get (cid,
 * is_sale_prop=true) gives the category's sale properties ({"item_props": {"item_prop": [{"pid", "name",
 * "is_allow_alias"}]}}), taobao.itempropvalues.get (cid, pvs = the pids) their values ({"prop_values":
 * {"prop_value": [{"pid", "vid", "name"}]}}). A spec is the sale property of the same name, or the one whose name
 * starts with it (颜色 → 颜色分类, as most categories call it); its value the one of the same name. A value the
 * property does not have (a merchant's own colour, 雾霾蓝) goes, where the property allows aliases, as the alias of
 * a standard value the product does not use — property_alias "pid:vid:雾霾蓝", as taobao.item.add documents it —
 * so the buyer sees the merchant's name. Both calls are made once per category and kept in {@link PlatformIds}.
 * What cannot be mapped is refused in one line naming the category, the property and the value.
 */
final class TaobaoProps {
    /** Sends one TOP call. */
    @FunctionalInterface
    interface Top {
        JsonObject call(String method, Map<String, String> params) throws ChannelException;
    }

    /**
     * Each SKU's pid:vid pairs, in SKU order, the property_alias of the product ("" when none), and the pictures of
     * its colours: the colour's pid:vid → the own picture of its first SKU that has one (taobao.item.joint.propimg
     * takes a picture per value of the colour property only).
     */
    record Mapped(List<String> skuProperties, String propertyAlias, Map<String, String> colourPictures) {
        Mapped(List<String> skuProperties, String propertyAlias) {
            this(skuProperties, propertyAlias, Map.of());
        }
    }

    private final Top top;
    private final PlatformIds ids;

    TaobaoProps(Top top, PlatformIds ids) {
        this.top = top;
        this.ids = ids;
    }

    /** The SKUs' specs as pid:vid pairs, a value the property lacks as the alias of a standard value left unused. */
    Mapped map(String cid, List<Sku> skus) throws ChannelException {
        Map<String, String> props = saleProps(cid);
        // pass 1: the property of each spec, the standard values the product uses, its own values per property
        Map<String, Set<String>> used = new HashMap<>();
        Map<String, Set<String>> own = new LinkedHashMap<>();
        Map<String, String> propNames = new HashMap<>();
        for (Sku sku : skus) {
            for (Map.Entry<String, String> spec : sku.specs().entrySet()) {
                String pid = pid(cid, props, sku.skuCode(), spec.getKey(), propNames);
                String value = spec.getValue();
                Optional<String> vid = ids.get("cid " + cid + " pid " + pid + " value " + value);
                if (vid.isPresent()) {
                    used.computeIfAbsent(pid, k -> new HashSet<>()).add(vid.get());
                } else if (ids.get("cid " + cid + " alias pid " + pid).isPresent() && value.matches("[^:;,]+")) {
                    own.computeIfAbsent(pid, k -> new LinkedHashSet<>()).add(value);
                } else {
                    throw new ChannelException(Kind.REFUSED, "prop.value-unmapped", "淘宝类目" + cid + "的销售属性「"
                            + propNames.get(pid) + "」没有值「" + value + "」，SKU " + sku.skuCode()
                            + "无法映射：请改用该属性的标准值（taobao.itempropvalues.get）");
                }
            }
        }
        // pass 2: each own value the next standard value of its property the product does not use, as its alias
        Map<String, String> aliasVids = new HashMap<>();
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : own.entrySet()) {
            String pid = entry.getKey();
            Set<String> taken = used.getOrDefault(pid, Set.of());
            List<String> free = ids.startingWith("cid " + cid + " pid " + pid + " value ").values().stream()
                    .filter(vid -> !taken.contains(vid)).distinct().toList();
            if (entry.getValue().size() > free.size()) {
                throw new ChannelException(Kind.REFUSED, "prop.alias-exhausted", "淘宝类目" + cid + "的销售属性「"
                        + propNames.get(pid) + "」只剩" + free.size() + "个未用的标准值，放不下商品的" + entry.getValue().size()
                        + "个自有值（" + String.join("、", entry.getValue()) + "）：请把其中" + (entry.getValue().size() - free.size())
                        + "个改用该属性的标准值，或分成两个商品");
            }
            int i = 0;
            for (String value : entry.getValue()) {
                String vid = free.get(i++);
                aliasVids.put(pid + " " + value, vid);
                aliases.add(pid + ":" + vid + ":" + value);
            }
        }
        List<String> skuProperties = new ArrayList<>();
        Map<String, String> pictures = new LinkedHashMap<>();
        for (Sku sku : skus) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, String> spec : sku.specs().entrySet()) {
                String pid = pid(cid, props, sku.skuCode(), spec.getKey(), propNames);
                String vid = ids.get("cid " + cid + " pid " + pid + " value " + spec.getValue())
                        .orElseGet(() -> aliasVids.get(pid + " " + spec.getValue()));
                pairs.add(pid + ":" + vid);
                if (!sku.image().isEmpty() && ids.get("cid " + cid + " colour pid " + pid).isPresent()) {
                    pictures.putIfAbsent(pid + ":" + vid, sku.image());
                }
            }
            skuProperties.add(String.join(";", pairs));
        }
        return new Mapped(skuProperties, String.join(";", aliases), pictures);
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

    private static String pid(String cid, Map<String, String> props, String skuCode, String name, Map<String, String> propNames)
            throws ChannelException {
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
        propNames.put(pid, propName);
        return pid;
    }

    /** The category's sale properties by name → pid, with their values, fetched once. */
    private Map<String, String> saleProps(String cid) throws ChannelException {
        String prefix = "cid " + cid + " prop ";
        Map<String, String> known = ids.startingWith(prefix);
        // "sale props": the marker since aliases are used; a file of an earlier version is fetched once more
        if (ids.get("cid " + cid + " sale props").isEmpty()) {
            JsonObject props = top.call("taobao.itemprops.get", Map.of("cid", cid, "is_sale_prop", "true",
                    "fields", "pid,name,is_sale_prop,is_color_prop,is_enum_prop,is_allow_alias"));
            List<String> pids = new ArrayList<>();
            for (JsonElement element : Json.array(Json.child(props, "item_props"), "item_prop")) {
                JsonObject prop = element.getAsJsonObject();
                ids.put(prefix + Json.text(prop, "name"), Json.text(prop, "pid"));
                if ("true".equals(Json.text(prop, "is_color_prop"))) {
                    ids.put("cid " + cid + " colour pid " + Json.text(prop, "pid"), "true");
                }
                if ("true".equals(Json.text(prop, "is_allow_alias"))) {
                    ids.put("cid " + cid + " alias pid " + Json.text(prop, "pid"), "true");
                }
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
            ids.put("cid " + cid + " sale props", String.valueOf(pids.size()));
            known = ids.startingWith(prefix);
        }
        Map<String, String> byName = new LinkedHashMap<>();
        known.forEach((key, pid) -> byName.put(key.substring(prefix.length()), pid));
        return byName;
    }
}
