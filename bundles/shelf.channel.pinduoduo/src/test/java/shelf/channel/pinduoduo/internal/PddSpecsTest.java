package shelf.channel.pinduoduo.internal;

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
 * Spec ids as the platform's documents describe them: pdd.goods.spec.get answers the category's specs
 * ({"goods_spec_list": [{"cat_id", "parent_spec_id", "parent_spec_name"}]}, open-pdd-net-sdk
 * GetGoodsSpecResponseModel.cs) and pdd.goods.spec.id.get the id of a value under one of them
 * ({"parent_spec_id": 1216, "spec_name": "XL", "spec_id": 2}, the example of the pdd.goods.spec.id.get document
 * as open-pdd-net-sdk's GetGoodsSpecIdResponseModel quotes it).
 */
class PddSpecsTest {
    @TempDir
    Path home;

    final List<String> calls = new ArrayList<>();

    private JsonObject platform(String type, Map<String, String> params) {
        calls.add(type + " " + new java.util.TreeMap<>(params));
        if (type.equals("pdd.goods.spec.get")) {
            return JsonParser.parseString("{\"goods_spec_list\": [{\"cat_id\": 9813, \"parent_spec_id\": 1215, \"parent_spec_name\": "
                    + "\"颜色\"}, {\"cat_id\": 9813, \"parent_spec_id\": 1216, \"parent_spec_name\": \"尺码\"}]}").getAsJsonObject();
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("parent_spec_id", Long.parseLong(params.get("parent_spec_id")));
        answer.addProperty("spec_name", params.get("spec_name"));
        answer.addProperty("spec_id", params.get("spec_name").equals("XL") ? 2 : 100 + calls.size());
        return answer;
    }

    @Test
    void eachSpecValueBecomesTheIdThePlatformGaveAskedOnceAndKeptAcrossARestart() throws Exception {
        Path file = home.resolve("pinduoduo-ids.jsonl");
        PddSpecs specs = new PddSpecs(this::platform, new PlatformIds(file, "sandbox sandbox"));
        Sku xl = sku("SPU-1-BK-XL", Map.of("颜色", "黑色", "尺码", "XL"));
        assertEquals("[102,2]", specs.specIdList("9813", xl));
        assertEquals(List.of("pdd.goods.spec.get {cat_id=9813}", "pdd.goods.spec.id.get {parent_spec_id=1215, spec_name=黑色}",
                "pdd.goods.spec.id.get {parent_spec_id=1216, spec_name=XL}"), calls);

        calls.clear();
        PddSpecs restarted = new PddSpecs(this::platform, new PlatformIds(file, "sandbox sandbox"));
        assertEquals("[102,2]", restarted.specIdList("9813", xl));
        assertEquals(List.of(), calls, "the category's specs and the values' ids come from the file");
    }

    @Test
    void aSpecTheCategoryDoesNotHaveIsNamedInOneLine() {
        PddSpecs specs = new PddSpecs(this::platform, new PlatformIds(null, ""));
        ChannelException e = assertThrows(ChannelException.class,
                () -> specs.specIdList("9813", sku("SPU-2-500", Map.of("容量", "500ml"))));
        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("拼多多类目9813没有规格「容量」（该类目的规格：颜色、尺码），SKU SPU-2-500无法映射：请改用这些规格名，"
                + "或在etc/channels/pinduoduo-categories.json中换类目", e.getMessage());
    }

    @Test
    void aSkuWithoutSpecsIsListedUnderTheCategorysFirstSpecAsDefault() throws Exception {
        PddSpecs specs = new PddSpecs(this::platform, new PlatformIds(null, ""));
        assertEquals("[102]", specs.specIdList("9813", sku("SPU-3", Map.of())));
        assertEquals("pdd.goods.spec.id.get {parent_spec_id=1215, spec_name=默认}", calls.get(1));
    }

    private static Sku sku(String code, Map<String, String> specs) {
        Sku base = ChannelFixtures.tshirt("T恤", 1).skus().get(0);
        return new Sku(code, "", orderedSpecs(specs), null, base.salePrice(), null, null, 1, null);
    }

    private static Map<String, String> orderedSpecs(Map<String, String> specs) {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        for (String name : List.of("颜色", "尺码", "容量")) {
            if (specs.containsKey(name)) {
                ordered.put(name, specs.get(name));
            }
        }
        return ordered;
    }
}
