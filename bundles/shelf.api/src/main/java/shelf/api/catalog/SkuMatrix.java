package shelf.api.catalog;

import java.math.BigDecimal;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/** Gives a product one SKU per combination of spec values. */
@ProviderType
public interface SkuMatrix {

    /**
     * Replaces the product's SKUs with every combination of the spec values, each with its own code.
     *
     * @param spec "颜色=红色,黑色;尺码=S,M,L": specs separated by ';', values by ','
     * @param price the sale price of every SKU, in yuan
     * @param stock the stock of every SKU
     * @param codePattern the SKU code: {spu} the product's code, {n} the combination's number from 1, {NAME}
     *     the value of spec NAME ("{spu}-{颜色}-{尺码}"); empty for "{spu}-{n}"
     * @param subject who does it, for the product's history: needs "sku:generate" and the product in scope
     * @return the product as stored now
     * @throws CatalogException with the sentence the operator sees when the spec or pattern is wrong or a code
     *     is taken by another SKU of the merchant
     */
    StoredProduct generate(Subject subject, StoredProduct product, String spec, BigDecimal price, int stock,
            String codePattern) throws CatalogException;
}
