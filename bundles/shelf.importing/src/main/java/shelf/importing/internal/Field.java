package shelf.importing.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * What a column holds. The id is the product's field path (and the name used in import profiles); the
 * template header is the default template's Chinese header.
 */
enum Field {
    SPU_CODE("spuCode", "商品编码", Level.KEY),
    MERCHANT("merchant", "商家", Level.KEY),
    TITLE("title", "商品标题", Level.PRODUCT),
    SUBTITLE("subtitle", "副标题", Level.PRODUCT),
    CATEGORY("categoryPath", "类目", Level.PRODUCT),
    BRAND("brand", "品牌", Level.PRODUCT),
    /** 型号, 材质, 产地 and every column the template does not know: attributes.NAME */
    ATTRIBUTE("attribute", "", Level.PRODUCT),
    DESCRIPTION("description", "商品描述", Level.PRODUCT),
    TAGS("tags", "标签", Level.PRODUCT),
    MAIN_IMAGES("mainImages", "主图", Level.PRODUCT),
    DETAIL_IMAGES("detailImages", "细节图", Level.PRODUCT),
    VIDEO("video", "视频", Level.PRODUCT),
    SHIPPING_TEMPLATE("shippingTemplate", "运费模板", Level.PRODUCT),
    RETURN_POLICY("returnPolicy", "退换货政策", Level.PRODUCT),
    DISPATCH_HOURS("dispatchHours", "发货时间(小时)", Level.PRODUCT),
    SPEC1_NAME("spec1Name", "规格1名称", Level.SKU),
    SPEC1_VALUE("spec1Value", "规格1值", Level.SKU),
    SPEC2_NAME("spec2Name", "规格2名称", Level.SKU),
    SPEC2_VALUE("spec2Value", "规格2值", Level.SKU),
    /** A column whose values are one spec, named by the profile: "spec:颜色" */
    SPEC("spec", "", Level.SKU),
    SKU_CODE("skuCode", "SKU编码", Level.SKU),
    BARCODE("barcode", "条形码", Level.SKU),
    COST_PRICE("costPrice", "进货价", Level.SKU),
    SALE_PRICE("salePrice", "销售价", Level.SKU),
    PROMO_PRICE("promoPrice", "促销价", Level.SKU),
    MARKET_PRICE("marketPrice", "市场价", Level.SKU),
    STOCK("stock", "库存", Level.SKU),
    WEIGHT("weightKg", "重量(kg)", Level.SKU),
    /** A column read and left out: "ignore" in a profile */
    IGNORE("ignore", "", Level.KEY);

    enum Level { KEY, PRODUCT, SKU }

    private static final Map<String, Field> BY_ID = new HashMap<>();

    static {
        for (Field f : values()) {
            BY_ID.put(f.id, f);
        }
    }

    final String id;
    final String templateHeader;
    final Level level;

    Field(String id, String templateHeader, Level level) {
        this.id = id;
        this.templateHeader = templateHeader;
        this.level = level;
    }

    static Field byId(String id) {
        return BY_ID.get(id);
    }
}
