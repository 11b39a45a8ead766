package shelf.importing.internal;

import java.util.Arrays;

/** Rows of the default template for tests, built by column header rather than by position. */
final class Rows {
    static final String[] TEMPLATE = {"商品编码", "商品标题", "副标题", "类目", "品牌", "型号", "材质", "产地", "规格1名称",
        "规格1值", "规格2名称", "规格2值", "SKU编码", "条形码", "进货价", "销售价", "促销价", "市场价", "库存", "重量(kg)", "主图",
        "细节图", "视频", "商品描述", "标签", "运费模板", "退换货政策", "发货时间(小时)"};

    private Rows() {}

    static String header() {
        return String.join("|", TEMPLATE);
    }

    /** A template row: pairs of header and value, e.g. row("商品编码", "A1", "销售价", "99.00"). */
    static String row(String... headerValues) {
        String[] cells = new String[TEMPLATE.length];
        Arrays.fill(cells, "");
        for (int i = 0; i < headerValues.length; i += 2) {
            cells[Arrays.asList(TEMPLATE).indexOf(headerValues[i])] = headerValues[i + 1];
        }
        return String.join("|", cells);
    }

    /** A complete SKU row of product {@code spu}. */
    static String sku(String spu, String skuCode, String colour, String salePrice) {
        return row("商品编码", spu, "商品标题", "南极人 2025春季新款纯棉短袖T恤 " + spu, "类目", "服装>男装>T恤", "品牌", "南极人",
                "型号", "M-" + spu, "材质", "纯棉", "产地", "广东广州", "规格1名称", "颜色", "规格1值", colour, "规格2名称", "尺码",
                "规格2值", "XL", "SKU编码", skuCode, "条形码", "6901234567892", "进货价", "45.10", "销售价", salePrice,
                "促销价", "79.00", "市场价", "129.00", "库存", "1,200", "重量(kg)", "0.35", "主图",
                "images/" + spu + "_1.jpg;https://img.example/" + spu + "_2.jpg", "细节图", "d1.jpg\nd2.jpg", "视频", "",
                "商品描述", "<p>纯棉</p>", "标签", "新品;热销", "运费模板", "全国包邮", "退换货政策", "7天无理由退换",
                "发货时间(小时)", "48");
    }
}
