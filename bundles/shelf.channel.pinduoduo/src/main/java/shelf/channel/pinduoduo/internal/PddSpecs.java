package shelf.channel.pinduoduo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformIds;

/**
 * A SKU's specs as Pinduoduo's spec ids: the category's specs (颜色 → parent_spec_id 1215) from
 * pdd.goods.spec.get, and each value's id under its spec (黑色 → spec_id) from pdd.goods.spec.id.get, which
 * creates the merchant's own value when the platform has none. Both are kept in {@link PlatformIds}, so each
 * is asked once. A spec the category does not have is refused in one line naming the category and the spec.
 */
final class PddSpecs {
    /** The value a SKU without specs is listed under: Pinduoduo wants a spec on every SKU. */
    static final String NO_SPEC_VALUE = "默认";

    /** Sends one pop call. */
    @FunctionalInterface
    interface Pop {
        JsonObject call(String type, Map<String, String> params) throws ChannelException;
    }

    private final Pop pop;
    private final PlatformIds ids;

    PddSpecs(Pop pop, PlatformIds ids) {
        this.pop = pop;
        this.ids = ids;
    }

    /** The SKU's spec_id_list as the SDK types it: text of a JSON array, "[20,5]". */
    String specIdList(String catId, Sku sku) throws ChannelException {
        Map<String, String> parents = parentSpecs(catId);
        Map<String, String> specs = new LinkedHashMap<>(sku.specs());
        if (specs.isEmpty()) {
            specs.put(parents.keySet().iterator().next(), NO_SPEC_VALUE);
        }
        List<String> specIds = new ArrayList<>();
        for (Map.Entry<String, String> spec : specs.entrySet()) {
            String parent = parents.get(spec.getKey());
            if (parent == null) {
                throw new ChannelException(Kind.REFUSED, "spec.unmapped", "拼多多类目" + catId + "没有规格「" + spec.getKey()
                        + "」（该类目的规格：" + String.join("、", parents.keySet()) + "），SKU " + sku.skuCode()
                        + "无法映射：请改用这些规格名，或在etc/channels/pinduoduo-categories.json中换类目");
            }
            specIds.add(specId(parent, spec.getValue()));
        }
        return "[" + String.join(",", specIds) + "]";
    }

    /** The category's specs by name → parent_spec_id, fetched once. */
    Map<String, String> parentSpecs(String catId) throws ChannelException {
        String prefix = "cat " + catId + " spec ";
        Map<String, String> known = ids.startingWith(prefix);
        if (known.isEmpty()) {
            JsonObject answer = pop.call("pdd.goods.spec.get", Map.of("cat_id", catId));
            for (JsonElement element : Json.array(answer, "goods_spec_list")) {
                JsonObject spec = element.getAsJsonObject();
                ids.put(prefix + Json.text(spec, "parent_spec_name"), Json.text(spec, "parent_spec_id"));
            }
            known = ids.startingWith(prefix);
            if (known.isEmpty()) {
                throw new ChannelException(Kind.REFUSED, "spec.none", "拼多多类目" + catId + "没有可用的规格（pdd.goods.spec.get为空），"
                        + "请在etc/channels/pinduoduo-categories.json中换类目");
            }
        }
        Map<String, String> byName = new LinkedHashMap<>();
        known.forEach((key, id) -> byName.put(key.substring(prefix.length()), id));
        return byName;
    }

    private String specId(String parentSpecId, String value) throws ChannelException {
        String key = "spec " + parentSpecId + " " + value;
        var known = ids.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        JsonObject answer = pop.call("pdd.goods.spec.id.get", Map.of("parent_spec_id", parentSpecId, "spec_name", value));
        String specId = Json.text(answer, "spec_id");
        if (specId.isEmpty()) {
            throw new ChannelException(Kind.BUSY, "", "拼多多没有给出规格「" + value + "」的spec_id");
        }
        ids.put(key, specId);
        return specId;
    }
}
