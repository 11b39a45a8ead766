package shelf.rules.engine.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * A field a rule names: a product field ("title", "attributes.材质", "mainImages") or a SKU field
 * ("skus.salePrice", "skus.specs.颜色"), checked once per SKU. The finding's field and the source key
 * are the catalogue's paths: "title", "skus[SKU-1].salePrice".
 */
final class FieldPath {
    static final Map<String, Function<Product, Object>> PRODUCT_FIELDS = Map.ofEntries(
            Map.entry("merchant", Product::merchant), Map.entry("spuCode", Product::spuCode),
            Map.entry("title", Product::title), Map.entry("subtitle", Product::subtitle),
            Map.entry("categoryPath", Product::categoryPath), Map.entry("brand", Product::brand),
            Map.entry("description", Product::description), Map.entry("tags", Product::tags),
            Map.entry("mainImages", Product::mainImages), Map.entry("detailImages", Product::detailImages),
            Map.entry("video", Product::video), Map.entry("shippingTemplate", Product::shippingTemplate),
            Map.entry("returnPolicy", Product::returnPolicy), Map.entry("dispatchHours", Product::dispatchHours),
            Map.entry("skus", Product::skus), Map.entry("skuImages", FieldPath::skuImages),
            Map.entry("mainSpecValues", FieldPath::mainSpecValues));
    static final Map<String, Function<Sku, Object>> SKU_FIELDS = Map.of(
            "skuCode", Sku::skuCode, "barcode", Sku::barcode, "costPrice", Sku::costPrice,
            "salePrice", Sku::salePrice, "promoPrice", Sku::promoPrice, "marketPrice", Sku::marketPrice,
            "stock", Sku::stock, "weightKg", Sku::weightKg);

    /** The SKUs' own pictures, each distinct picture once, in SKU order: what a channel uploads for them. */
    static List<String> skuImages(Product product) {
        Set<String> images = new LinkedHashSet<>();
        product.skus().stream().map(Sku::image).filter(image -> !image.isEmpty()).forEach(images::add);
        return List.copyOf(images);
    }

    /**
     * The values of the SKUs' first spec (颜色 of 颜色-尺码), each once, in SKU order: channels that show a picture
     * per colour (Douyin spec_pic, Taobao property images) take one per value.
     */
    static List<String> mainSpecValues(Product product) {
        Set<String> values = new LinkedHashSet<>();
        product.skus().stream().filter(sku -> !sku.specs().isEmpty())
                .forEach(sku -> values.add(sku.specs().values().iterator().next()));
        return List.copyOf(values);
    }

    private final String path;
    private final String skuField;               // below "skus.", or null for a product field
    private final Function<Product, Object> productValue;
    private final Function<Sku, Object> skuValue;

    private FieldPath(String path, String skuField, Function<Product, Object> productValue,
            Function<Sku, Object> skuValue) {
        this.path = path;
        this.skuField = skuField;
        this.productValue = productValue;
        this.skuValue = skuValue;
    }

    /** The field named by the path, or {@code null} when there is no such field. */
    static FieldPath parse(String path) {
        if (path.startsWith("attributes.") && path.length() > "attributes.".length()) {
            String name = path.substring("attributes.".length());
            return new FieldPath(path, null, p -> p.attributes().get(name), null);
        }
        if (path.startsWith("skus.specs.") && path.length() > "skus.specs.".length()) {
            String name = path.substring("skus.specs.".length());
            return new FieldPath(path, "specs." + name, null, s -> s.specs().get(name));
        }
        if (path.startsWith("skus.")) {
            String name = path.substring("skus.".length());
            Function<Sku, Object> value = SKU_FIELDS.get(name);
            return value == null ? null : new FieldPath(path, name, null, value);
        }
        Function<Product, Object> value = PRODUCT_FIELDS.get(path);
        return value == null ? null : new FieldPath(path, null, value, null);
    }

    /** Whether the field is checked once per SKU rather than once per product. */
    boolean perSku() {
        return skuField != null;
    }

    Object value(Product product) {
        return productValue.apply(product);
    }

    Object value(Sku sku) {
        return skuValue.apply(sku);
    }

    /** The catalogue's path of this field in one product or SKU: "title", "skus[SKU-1].salePrice". */
    String key(Sku sku) {
        return sku == null ? path : "skus[" + sku.skuCode() + "]." + skuField;
    }

    String path() {
        return path;
    }
}
