package shelf.catalog.command.internal;

import java.math.BigDecimal;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.SkuMatrix;
import shelf.api.catalog.StoredProduct;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.Table;

@Component(service = SkuGenerateCommand.class)
@GogoCommand(scope = "sku", function = "generate")
public class SkuGenerateCommand {
    @Reference
    CatalogStore store;

    @Reference
    SkuMatrix matrix;

    @Reference
    CurrentUser currentUser;

    @Descriptor("give a product one SKU per combination of spec values, each with its own code (replaces its SKUs)")
    public void generate(CommandSession session,
            @Descriptor("specs and values: \"颜色=红色,黑色;尺码=S,M,L\"")
            @Parameter(names = {"--spec"}, absentValue = "") String spec,
            @Descriptor("sale price of every SKU in yuan, e.g. 99.00")
            @Parameter(names = {"--price"}, absentValue = "") String price,
            @Descriptor("stock of every SKU")
            @Parameter(names = {"--stock"}, absentValue = "0") int stock,
            @Descriptor("SKU code: {spu}, {n} (1, 2, …), {SPEC} a spec's value; default {spu}-{n}")
            @Parameter(names = {"--code-pattern"}, absentValue = "") String pattern,
            @Descriptor("the product's SPU code, or MERCHANT/SPU") String product) throws CatalogException {
        Subject me = currentUser.of(session);
        StoredProduct stored = find(me, product);
        BigDecimal salePrice = price(price);
        StoredProduct after = matrix.generate(me, stored, spec, salePrice, stock, pattern);
        Table table = new Table("SKU", "Specs", "Sale price", "Stock");
        after.product().skus().forEach(s -> table.row(s.skuCode(), String.join(" ", s.specs().values()),
                s.salePrice().toPlainString(), s.stock()));
        System.out.print(table);
        System.out.println(after.product().skus().size() + " SKUs for " + after.product().spuCode() + " (revision "
                + after.revision() + ")");
    }

    /**
     * The price in yuan with two decimals. Gogo hands an unquoted 99.00 over as the number 99.0: every price
     * of at most two decimals survives that exactly (a double's shortest text), so only the scale is restored.
     */
    static BigDecimal price(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--price '" + text + "' is not a price in yuan — write e.g. 99.00");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("--price " + text + " has more than two decimals — prices are in fen, e.g. 99.90");
        }
        return value.setScale(2);
    }

    private StoredProduct find(Subject me, String ref) throws CatalogException {
        int slash = ref.indexOf('/');
        String merchant = slash > 0 ? ref.substring(0, slash) : null;
        String spu = slash > 0 ? ref.substring(slash + 1) : ref;
        List<StoredProduct> found = store.product(me, spu).stream()
                .filter(p -> merchant == null || p.product().merchant().equals(merchant)).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no product with 商品编码 " + ref + " — see product:list");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(spu + " is a product of several merchants — write MERCHANT/" + spu);
        }
        return found.get(0);
    }
}
