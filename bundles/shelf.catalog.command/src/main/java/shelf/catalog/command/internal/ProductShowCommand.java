package shelf.catalog.command.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredProduct;
import shelf.api.shell.CurrentUser;

@Component(service = ProductShowCommand.class)
@GogoCommand(scope = "product", function = "show")
public class ProductShowCommand {
    @Reference
    CatalogStore store;

    @Reference
    CurrentUser currentUser;

    @Descriptor("show a product as stored: every field and every SKU (each merchant's, when several have the code)")
    public void show(CommandSession session,
            @Descriptor("also name the file, sheet, row and column each value came from")
            @Parameter(names = {"--sources", "-s"}, presentValue = "true", absentValue = "false") boolean sources,
            @Descriptor("the product's 商品编码 (SPU code)") String spuCode) throws CatalogException {
        List<StoredProduct> products = store.product(currentUser.of(session), spuCode);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("no product with 商品编码 " + spuCode + " — see product:list");
        }
        StringBuilder out = new StringBuilder();
        for (StoredProduct product : products) {
            out.append(out.length() == 0 ? "" : "\n").append(ProductView.of(product, sources));
        }
        System.out.print(out);
    }
}
