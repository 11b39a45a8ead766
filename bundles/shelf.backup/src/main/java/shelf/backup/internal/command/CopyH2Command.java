package shelf.backup.internal.command;

import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.shell.Complete;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;
import shelf.api.shell.Table;
import shelf.backup.internal.copy.H2CatalogueCopy;

/**
 * {@code copyh2 [FILE]}: an H2 catalogue (by default the home's own, which stays in data/ when etc/database.properties
 * names PostgreSQL) copied into the PostgreSQL catalogue this Shelf runs on. (One word: Gogo finds a command by
 * its method's name.)
 */
@Component(service = CopyH2Command.class)
@GogoCommand(scope = "catalog", function = "copyh2")
public class CopyH2Command {
    @Reference
    H2CatalogueCopy copy;

    @Reference
    ProgressService progress;

    @Reference
    CurrentUser currentUser;

    @Descriptor("copy this home's H2 catalogue (data/catalog.mv.db: products, findings, review, jobs, users, rule packs) into its new, empty PostgreSQL catalogue")
    public void copyh2(CommandSession session) throws CatalogException {
        copy(session, copy.defaultFile());
    }

    @Descriptor("copy an H2 catalogue (products, findings, review, jobs, users, rule packs) into this Shelf's new, empty PostgreSQL catalogue")
    public void copyh2(CommandSession session,
            @Descriptor("the H2 catalogue file to copy, a catalog.mv.db (default: this home's data/catalog.mv.db)")
            @Complete(Complete.FILE) String file) throws CatalogException {
        copy(session, session.currentDir().resolve(file));
    }

    private void copy(CommandSession session, Path from) throws CatalogException {
        Progress[] bar = {null};
        H2CatalogueCopy.Report report;
        try {
            report = copy.copy(currentUser.of(session), from, rows -> {
                bar[0] = progress.start("copying " + from.getFileName(), rows);
                return bar[0]::advance;
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        Table table = new Table("Table", "Rows");
        report.tables().forEach((name, rows) -> table.row(name, String.format("%,d", rows)));
        System.out.print(table);
        System.out.printf("copied %s into %s: %,d rows in %d tables, %.1f s%n", report.file(), report.database(),
                report.rows(), report.tables().size(), report.millis() / 1000.0);
        System.out.println("restart Shelf on every node (shelf stop, then shelf start) so it works on the copied catalogue");
    }
}
