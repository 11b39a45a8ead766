package shelf.workbooks.internal.template;

import static shelf.workbooks.internal.template.TemplateColumn.choice;
import static shelf.workbooks.internal.template.TemplateColumn.of;

import java.util.List;
import java.util.Set;

import shelf.workbooks.internal.template.TemplateColumn.Kind;

/**
 * The 28 columns of the default template, in order (issue 3); the core maps these headers to product fields.
 * Only 商品编码 is 必填 of its own (the import needs it to group rows); which others are 上架必填 is what the
 * installed rule packs require of every product ({@link #marked}), so the template and the packs cannot
 * disagree.
 */
final class TemplateColumns {
    static final String REQUIRED = "必填";
    static final String FOR_LISTING = "上架必填";
    static final String OPTIONAL = "选填";

    /**
     * What the shipped base pack (bundles/shelf.rules.base, base.rules.json) requires: the answer when no rule
     * engine is running to ask. TemplateColumnsTest checks it against the pack file.
     */
    static final Set<String> BASE_PACK_REQUIRED = Set.of("spuCode", "title", "categoryPath", "brand", "attributes.型号",
            "attributes.材质", "attributes.产地", "description", "mainImages", "detailImages", "shippingTemplate",
            "returnPolicy", "dispatchHours", "skus", "skus.skuCode", "skus.barcode", "skus.costPrice", "skus.salePrice",
            "skus.promoPrice", "skus.stock", "skus.weightKg");

    private static final List<TemplateColumn> ALL = List.of(
            of("商品编码", "spuCode", REQUIRED, Kind.TEXT, "文本", "SPU-2026-001",
                    "商家自己的商品（SPU）编码。一个商品的每个SKU占一行，这些行填同一个商品编码，并且上下相邻。"),
            of("商品标题", "title", OPTIONAL, Kind.GENERAL, "文本，不超过60个字", "春季新款纯棉圆领T恤女短袖",
                    "同一商品只需在第一行填写，其余行可留空；若填写须与第一行相同。"),
            of("副标题", "subtitle", OPTIONAL, Kind.GENERAL, "文本", "新疆长绒棉 透气不起球", "显示在标题下方的卖点短句。"),
            of("类目", "categoryPath", OPTIONAL, Kind.GENERAL, "类目路径，各级之间用 / 或 > 分隔", "服饰鞋包/女装/T恤",
                    "从一级类目写到末级类目。"),
            of("品牌", "brand", OPTIONAL, Kind.GENERAL, "文本", "棉语", "没有品牌的商品填写：无品牌。"),
            of("型号", "attributes.型号", OPTIONAL, Kind.GENERAL, "文本", "TX-2026", "商品属性，原样保存。"),
            of("材质", "attributes.材质", OPTIONAL, Kind.GENERAL, "文本", "棉", "商品属性，原样保存。"),
            of("产地", "attributes.产地", OPTIONAL, Kind.GENERAL, "文本", "浙江杭州", "商品属性，原样保存。"),
            of("规格1名称", "", OPTIONAL, Kind.GENERAL, "文本", "颜色", "第一个规格的名称，如 颜色、尺码、容量。"),
            of("规格1值", "", OPTIONAL, Kind.GENERAL, "文本", "红色", "本行SKU在规格1上的取值；填了值就必须填规格1名称。"),
            of("规格2名称", "", OPTIONAL, Kind.GENERAL, "文本", "尺码", "第二个规格的名称；只有一个规格时留空。"),
            of("规格2值", "", OPTIONAL, Kind.GENERAL, "文本", "M", "本行SKU在规格2上的取值。"),
            of("SKU编码", "skus.skuCode", OPTIONAL, Kind.TEXT, "文本", "SPU-2026-001-RED-M",
                    "每个SKU唯一。不填时使用商品编码（第二个SKU起加 -2、-3）。"),
            of("条形码", "skus.barcode", OPTIONAL, Kind.TEXT, "文本（本列已设为文本格式，长数字不会变成科学计数法）", "6901234567892",
                    "EAN-13 / UPC 条码，全部数字原样保存。"),
            of("进货价", "skus.costPrice", OPTIONAL, Kind.MONEY, "金额（元），最多两位小数", "35.00", "仅内部使用，不对外显示。"),
            of("销售价", "skus.salePrice", OPTIONAL, Kind.MONEY, "金额（元），最多两位小数", "79.00", ""),
            of("促销价", "skus.promoPrice", OPTIONAL, Kind.MONEY, "金额（元），最多两位小数", "69.00", "应低于销售价。"),
            of("市场价", "skus.marketPrice", OPTIONAL, Kind.MONEY, "金额（元），最多两位小数", "129.00", "即划线价，应高于销售价。"),
            of("库存", "skus.stock", OPTIONAL, Kind.WHOLE, "整数，0或以上", "200", ""),
            of("重量(kg)", "skus.weightKg", OPTIONAL, Kind.GENERAL, "数字，单位千克", "0.25", "也可写成 250g。"),
            of("主图", "mainImages", OPTIONAL, Kind.GENERAL, "图片链接或文件路径；多张用 ; 分隔或换行", "images/tx-1.jpg;images/tx-2.jpg",
                    "相对路径从本表格所在的文件夹算起。第一张为首图。"),
            of("细节图", "detailImages", OPTIONAL, Kind.GENERAL, "同主图", "images/tx-detail-1.jpg", "商品详情中的图片。"),
            of("视频", "video", OPTIONAL, Kind.GENERAL, "一个视频链接或文件路径", "videos/tx.mp4", "主图视频。"),
            of("商品描述", "description", OPTIONAL, Kind.GENERAL, "文本或HTML", "<p>纯棉面料，亲肤透气</p>", "商品详情页的文字。"),
            of("标签", "tags", OPTIONAL, Kind.GENERAL, "多个标签用 ; 或 , 分隔", "新品;春季", ""),
            of("运费模板", "shippingTemplate", OPTIONAL, Kind.GENERAL, "店铺中已有的运费模板名称", "全国包邮", ""),
            choice("退换货政策", "returnPolicy", OPTIONAL, "7天无理由退换", "", "7天无理由退换", "不支持7天无理由"),
            choice("发货时间(小时)", "dispatchHours", OPTIONAL, "48", "付款后多少小时内发货。", "24", "48", "72"));

    private TemplateColumns() {}

    /** The columns, each marked 上架必填 when its field is in {@code required} and 选填 otherwise; 商品编码 stays 必填. */
    static List<TemplateColumn> marked(Set<String> required) {
        return ALL.stream()
                .map(c -> c.need().equals(REQUIRED) ? c : c.needing(required.contains(c.field()) ? FOR_LISTING : OPTIONAL))
                .toList();
    }

    /** The columns as the shipped base pack would mark them. */
    static List<TemplateColumn> withBasePack() {
        return marked(BASE_PACK_REQUIRED);
    }
}
