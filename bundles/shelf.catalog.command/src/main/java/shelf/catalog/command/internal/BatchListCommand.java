package shelf.catalog.command.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

@Component(service = BatchListCommand.class)
@GogoCommand(scope = "batch", function = "list")
public class BatchListCommand {
    @Reference
    CatalogStore store;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list the imported batches, oldest first: id, merchant, file, rows, products, SKUs, errors, state")
    public void list(CommandSession session) throws CatalogException {
        List<StoredBatch> batches = store.batches(currentUser.of(session));
        if (batches.isEmpty()) {
            System.out.println("No batches yet — import a spreadsheet: import FILE --merchant NAME");
            return;
        }
        Table table = new Table("ID", "Merchant", "File", "Rows", "Products", "SKUs", "Errors", "State");
        batches.forEach(b -> table.row(b.id(), b.merchant(), b.file(), b.rows(), b.products(), b.skus(), b.errors(),
                b.state()));
        System.out.print(table);
    }
}
