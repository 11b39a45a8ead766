package shelf.channel.sandbox.kit;

import java.nio.charset.Charset;

import shelf.channel.sandbox.kit.ListingDraft;

/**
 * A platform's business rules as its simulator enforces them on create and update: title length (in
 * characters or GBK bytes), image and SKU counts, and the price range in fen.
 */
public record ListingRules(int titleMax, boolean gbkBytes, int maxImages, int maxSkus, long minFen, long maxFen) {
    private static final Charset GBK = Charset.forName("GBK");

    /** Why the platform refuses the draft (in its operators' words), or null when it accepts it. */
    public String refusal(ListingDraft draft) {
        if (draft.outerId().isEmpty()) {
            return "商家编码不能为空";
        }
        if (draft.title().isBlank()) {
            return "商品标题不能为空";
        }
        int length = gbkBytes ? draft.title().getBytes(GBK).length : draft.title().codePointCount(0, draft.title().length());
        if (length > titleMax) {
            return "商品标题过长：" + length + (gbkBytes ? "字节" : "字") + "，最多" + titleMax;
        }
        if (draft.images().size() > maxImages) {
            return "图片过多：" + draft.images().size() + "张，最多" + maxImages + "张";
        }
        if (draft.skus().isEmpty() || draft.skus().size() > maxSkus) {
            return "SKU数量" + draft.skus().size() + "不在1至" + maxSkus + "之间";
        }
        for (ListingDraft.SkuDraft sku : draft.skus()) {
            if (sku.priceFen() < minFen || sku.priceFen() > maxFen) {
                return "SKU " + sku.code() + "价格" + sku.priceFen() / 100.0 + "元超出允许范围";
            }
            if (sku.stock() < 0) {
                return "SKU " + sku.code() + "库存不能为负";
            }
        }
        return null;
    }
}
