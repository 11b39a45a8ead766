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
import shelf.api.catalog.Product;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.Table;

@Component(service = ProductListCommand.class)
@GogoCommand(scope = "product", function = "list")
public class ProductListCommand {
    @Reference
    CatalogStore store;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list products: SPU, merchant, title, category, SKUs, sale price range, batch")
    public void list(CommandSession session,
            @Descriptor("only the products of this batch (see batch:list)")
            @Parameter(names = {"--batch", "-b"}, absentValue = "0") long batch,
            @Descriptor("only categories starting with this path (服饰鞋包 or 服饰鞋包/女装)")
            @Parameter(names = {"--category", "-c"}, absentValue = "") String category,
            @Descriptor("only this merchant's products")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("show at most this many (default 100, 0 for all)")
            @Parameter(names = {"--limit", "-n"}, absentValue = "100") int limit) throws CatalogException {
        Subject me = currentUser.of(session);
        if (batch != 0) {
            BatchArgument.find(store, me, batch);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit " + limit + " is not a number of products — give 0 for all");
        }
        // one more than shown, to know whether to say there are more
        int wanted = limit == 0 ? 0 : limit + 1;
        List<StoredProduct> found = store.products(me, new ProductQuery(batch == 0 ? null : batch, category, merchant,
                wanted));
        if (found.isEmpty()) {
            System.out.println("No products" + (batch == 0 && category.isEmpty() && merchant.isEmpty()
                    ? " yet — import a spreadsheet: import FILE --merchant NAME" : " match"));
            return;
        }
        Table table = new Table("SPU", "Merchant", "Title", "Category", "SKUs", "Price", "Batch");
        List<StoredProduct> shown = limit == 0 || found.size() <= limit ? found : found.subList(0, limit);
        for (StoredProduct stored : shown) {
            Product p = stored.product();
            table.row(p.spuCode(), p.merchant(), CellText.shortened(p.title()), p.categoryPath(), p.skus().size(),
                    Prices.saleRange(p), stored.batchId());
        }
        System.out.print(table);
        if (shown.size() < found.size()) {
            System.out.println("(the first " + limit + " — --limit N for more, --limit 0 for all)");
        }
    }
}
