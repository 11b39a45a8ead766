package shelf.catalog.command.internal;

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

    @Descriptor("list the rows of a batch that could not be taken, then the warnings about rows that were: row, "
            + "column, header, value as written, and why")
    public void errors(CommandSession session, @Descriptor("the batch id (see batch:list)") long id) throws CatalogException {
        Subject me = currentUser.of(session);
        StoredBatch batch = BatchArgument.find(store, me, id);
        List<RowError> all = store.errors(me, id);
        List<RowError> errors = all.stream().filter(e -> !e.warning()).toList();
        List<RowError> warnings = all.stream().filter(RowError::warning).toList();
        if (errors.isEmpty()) {
            System.out.println("Batch " + id + " (" + batch.file() + ") has no row errors");
        } else {
            System.out.print(table(errors));
        }
        if (!warnings.isEmpty()) {
            System.out.println((errors.isEmpty() ? "" : "\n") + "Warnings (" + warnings.size()
                    + ") — these rows were imported:");
            System.out.print(table(warnings));
        }
    }

    private static Table table(List<RowError> rows) {
        Table table = new Table("Row", "Column", "Header", "Value", "Reason");
        rows.forEach(e -> table.row(e.row(), e.columnLetter(), e.header(), CellText.shortened(e.raw()), e.reason()));
        return table;
    }
}
