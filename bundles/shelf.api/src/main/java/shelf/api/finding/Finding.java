package shelf.api.finding;

import java.util.Objects;

import shelf.api.catalog.SourceCell;

/**
 * One problem a rule found in one product or SKU.
 *
 * @param code stable code the operator filters by ("title.banned-word"); the rule's "code"
 * @param severity how much it matters
 * @param merchant the product's merchant
 * @param spuCode the product (商品编码)
 * @param skuCode the SKU the finding is about, or empty when it is about the whole product
 * @param field the field path ("title", "attributes.材质", "skus[SKU-1].salePrice")
 * @param source the spreadsheet cell the value came from, or {@code null} when not known
 * @param message what is wrong and how to fix it, in Chinese, for the operator
 * @param pack the pack that raised it, as "id@version"
 */
public record Finding(String code, Severity severity, String merchant, String spuCode, String skuCode,
        String field, SourceCell source, String message, String pack) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        merchant = merchant == null ? "" : merchant;
        spuCode = spuCode == null ? "" : spuCode;
        skuCode = skuCode == null ? "" : skuCode;
        field = field == null ? "" : field;
        message = message == null ? "" : message;
        pack = pack == null ? "" : pack;
    }
}
