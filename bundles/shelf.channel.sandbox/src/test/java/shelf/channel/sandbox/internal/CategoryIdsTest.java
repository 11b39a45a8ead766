package shelf.channel.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Taobao's SKUs go as the category's pid:vid and Pinduoduo's with the spec ids of pdd.goods.spec.id.get, asked
 * once per category and value; a merchant's own colour goes as a property_alias; what a category does not have is
 * refused in one line naming it.
 */
class CategoryIdsTest {
    static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
    }

    @AfterAll
    static void stop() {
        sandbox.deactivate();
    }

    @Test
    void taobaoListsSkusByTheCategorysSaleProperties() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("taobao", sandbox);
        Marketplace market = sandbox.market("taobao");
        adapter.create(SelfTest.product("SPU-IDS-TB", "纯棉圆领短袖T恤 属性"));
        adapter.create(SelfTest.product("SPU-IDS-TB2", "纯棉圆领短袖T恤 属性二"));
        SandboxListing listing = market.store.byOuterId("SPU-IDS-TB").get(0);
        assertEquals(Map.of("颜色分类", "黑色", "尺码", "L"), listing.sku("SPU-IDS-TB-L").specs);
        assertEquals("1627207:28300:颜色分类:黑色;20509:28403:尺码:L", TaobaoApi.propertiesName(listing.sku("SPU-IDS-TB-L").specs));
        assertEquals(1, market.calls("taobao.itemprops.get"), "the category's properties are asked once");
        assertEquals(1, market.calls("taobao.itempropvalues.get"));

        // a merchant's own colour: under the first standard colour the product does not use (黑色: it uses none), with its name
        String hazeId = adapter.create(product("SPU-IDS-TB3", "颜色", "雾霾蓝"));
        SandboxListing haze = market.store.get(hazeId);
        assertEquals(Map.of("颜色分类", "雾霾蓝"), haze.sku("SPU-IDS-TB3-1").specs);
        assertEquals(Map.of("1627207:28300", "雾霾蓝"), haze.aliases);
        assertEquals(Map.of("颜色分类", "雾霾蓝"), adapter.findByOuterId("SPU-IDS-TB3").orElseThrow().product().skus().get(0).specs());

        ChannelException e = assertThrows(ChannelException.class, () -> adapter.create(product("SPU-IDS-TB4", "尺码", "XXS")));
        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("淘宝类目50000436的销售属性「尺码」没有值「XXS」，SKU SPU-IDS-TB4-1无法映射：请改用该属性的标准值"
                + "（taobao.itempropvalues.get）", e.getMessage());
        market.store.removeOuterIds("SPU-IDS-TB");
    }

    @Test
    void pinduoduoListsSkusWithTheSpecIdsThePlatformGave() throws Exception {
        ChannelAdapter adapter = Simulators.adapter("pinduoduo", sandbox);
        Marketplace market = sandbox.market("pinduoduo");
        adapter.create(SelfTest.product("SPU-IDS-PDD", "纯棉圆领短袖T恤 规格"));
        adapter.create(SelfTest.product("SPU-IDS-PDD2", "纯棉圆领短袖T恤 规格二"));
        SandboxListing listing = market.store.byOuterId("SPU-IDS-PDD").get(0);
        assertEquals(Map.of("颜色", "黑色", "尺码", "M"), listing.sku("SPU-IDS-PDD-M").specs);
        assertEquals(1, market.calls("pdd.goods.spec.get"), "the category's specs are asked once");
        assertEquals(3, market.calls("pdd.goods.spec.id.get"), "黑色, M and L, each once");

        ChannelException e = assertThrows(ChannelException.class, () -> adapter.create(product("SPU-IDS-PDD3", "容量", "500ml")));
        assertEquals(Kind.REFUSED, e.kind());
        assertEquals("拼多多类目9813没有规格「容量」（该类目的规格：颜色、尺码），SKU SPU-IDS-PDD3-1无法映射：请改用这些规格名，"
                + "或在etc/channels/pinduoduo-categories.json中换类目", e.getMessage());
        market.store.removeOuterIds("SPU-IDS-PDD");
    }

    private static Product product(String outerId, String spec, String value) {
        Product base = SelfTest.product(outerId, "纯棉圆领短袖T恤 未映射");
        Sku sku = new Sku(outerId + "-1", "", Map.of(spec, value), null, new BigDecimal("29.90"), null, null, 5, null);
        return new Product(base.merchant(), outerId, base.title(), "", base.categoryPath(), base.brand(), base.attributes(),
                base.description(), List.of(), base.mainImages(), base.detailImages(), "", "", "", 48, List.of(sku));
    }
}
