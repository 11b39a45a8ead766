package shelf.api.catalog;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One sellable variant of a product.
 *
 * @param skuCode the merchant's SKU code, unique within the merchant
 * @param barcode EAN-13 / UPC digits exactly as written, or empty
 * @param specs spec name → value in the merchant's order (颜色=红色, 尺码=M)
 * @param costPrice purchase price in yuan, exact, or {@code null}
 * @param salePrice sale price in yuan, exact, or {@code null}
 * @param promoPrice promotion price in yuan, exact, or {@code null}
 * @param marketPrice list ("market") price in yuan, exact, or {@code null}
 * @param stock units in stock, or {@code null}
 * @param weightKg weight in kilograms, exact, or {@code null}
 * @param attributes attributes this SKU has of its own (材质 when its rows differ), over the product's of the
 *        same name; empty when it has the product's
 * @param image this SKU's own picture (its colour's photo, say), a path or URL as for the product's main
 *        images; empty when it has none of its own
 */
public record Sku(String skuCode, String barcode, Map<String, String> specs, BigDecimal costPrice,
        BigDecimal salePrice, BigDecimal promoPrice, BigDecimal marketPrice, Integer stock, BigDecimal weightKg,
        Map<String, String> attributes, String image) {

    public Sku {
        skuCode = Values.text(skuCode);
        barcode = Values.text(barcode);
        specs = Values.ordered(specs);
        attributes = Values.ordered(attributes);
        image = Values.text(image);
    }

    /** An SKU with the product's attributes and no picture of its own. */
    public Sku(String skuCode, String barcode, Map<String, String> specs, BigDecimal costPrice, BigDecimal salePrice,
            BigDecimal promoPrice, BigDecimal marketPrice, Integer stock, BigDecimal weightKg) {
        this(skuCode, barcode, specs, costPrice, salePrice, promoPrice, marketPrice, stock, weightKg, Map.of(), "");
    }

    /** This SKU with {@code image} as its own picture. */
    public Sku withImage(String image) {
        return new Sku(skuCode, barcode, specs, costPrice, salePrice, promoPrice, marketPrice, stock, weightKg,
                attributes, image);
    }
}
