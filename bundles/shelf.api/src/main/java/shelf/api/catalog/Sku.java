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
 */
public record Sku(String skuCode, String barcode, Map<String, String> specs, BigDecimal costPrice,
        BigDecimal salePrice, BigDecimal promoPrice, BigDecimal marketPrice, Integer stock, BigDecimal weightKg) {

    public Sku {
        skuCode = Values.text(skuCode);
        barcode = Values.text(barcode);
        specs = Values.ordered(specs);
    }
}
