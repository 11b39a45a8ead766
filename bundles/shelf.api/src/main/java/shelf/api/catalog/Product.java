package shelf.api.catalog;

import java.util.List;
import java.util.Map;

/**
 * A product (SPU) as the catalogue holds it. Text is never {@code null} (empty when not given);
 * lists and maps are immutable and keep the merchant's order.
 *
 * @param merchant the merchant it belongs to; with {@code spuCode} the product's key
 * @param spuCode the merchant's product code (商品编码)
 * @param title the listing title
 * @param subtitle the subtitle (副标题), or empty
 * @param categoryPath the canonical category path, levels separated by '/' ("服饰鞋包/女装/T恤")
 * @param brand the brand, or empty
 * @param attributes attribute name → value (型号, 材质, 产地, …), in the merchant's order
 * @param description the detail description, HTML
 * @param tags tags
 * @param mainImages main images: paths or URLs as given, relative paths resolved against the file's folder
 * @param detailImages detail images, likewise
 * @param video the main video, or empty
 * @param shippingTemplate the shipping template's name, or empty
 * @param returnPolicy the return policy (退换货政策), or empty
 * @param dispatchHours promised hours until dispatch, or {@code null}
 * @param skus the SKUs, in file order
 */
public record Product(String merchant, String spuCode, String title, String subtitle, String categoryPath,
        String brand, Map<String, String> attributes, String description, List<String> tags,
        List<String> mainImages, List<String> detailImages, String video, String shippingTemplate,
        String returnPolicy, Integer dispatchHours, List<Sku> skus) {

    public Product {
        merchant = Values.text(merchant);
        spuCode = Values.text(spuCode);
        title = Values.text(title);
        subtitle = Values.text(subtitle);
        categoryPath = Values.text(categoryPath);
        brand = Values.text(brand);
        attributes = Values.ordered(attributes);
        description = Values.text(description);
        tags = Values.list(tags);
        mainImages = Values.list(mainImages);
        detailImages = Values.list(detailImages);
        video = Values.text(video);
        shippingTemplate = Values.text(shippingTemplate);
        returnPolicy = Values.text(returnPolicy);
        skus = Values.list(skus);
    }
}
