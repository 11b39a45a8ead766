package shelf.catalog.internal.command;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.security.Subject;
import shelf.api.shell.CurrentUser;
import shelf.api.catalog.RowError;
import shelf.api.catalog.StoredBatch;
import shelf.api.shell.Table;

@Component(service = BatchErrorsCommand.class)
@GogoCommand(scope = "batch", function = "errors")
public class BatchErrorsCommand {
    @Reference
    CatalogStore store;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list the rows of a batch that could not be taken: row, column, header, value as written, and why")
    public void errors(CommandSession session, @Descriptor("the batch id (see batch:list)") long id) throws CatalogException {
        Subject me = currentUser.of(session);
        StoredBatch batch = BatchArgument.find(store, me, id);
        List<RowError> errors = store.errors(me, id);
        if (errors.isEmpty()) {
            System.out.println("Batch " + id + " (" + batch.file() + ") has no row errors");
            return;
        }
        Table table = new Table("Row", "Column", "Header", "Value", "Reason");
        errors.forEach(e -> table.row(e.row(), e.columnLetter(), e.header(), CellText.shortened(e.raw()), e.reason()));
        System.out.print(table);
    }
}
