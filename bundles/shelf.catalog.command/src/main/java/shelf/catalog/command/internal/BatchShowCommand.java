package shelf.catalog.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.BatchFigures;

@Component(service = BatchShowCommand.class)
@GogoCommand(scope = "batch", function = "show")
public class BatchShowCommand {
    @Reference
    CatalogStore store;

    @Reference
    CurrentUser currentUser;

    @Descriptor("show a batch: its file, merchant, who imported it and when, and all its figures")
    public void show(CommandSession session, @Descriptor("the batch id (see batch:list)") long id) throws CatalogException {
        System.out.print(BatchFigures.shown(BatchArgument.find(store, currentUser.of(session), id)));
    }
}
