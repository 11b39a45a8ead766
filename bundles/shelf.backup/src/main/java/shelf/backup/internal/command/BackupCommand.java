package shelf.backup.internal.command;

import java.io.IOException;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.shell.Complete;
import shelf.api.shell.CurrentUser;
import shelf.backup.internal.HomeBackup;

/** {@code backup --out FILE}: the home, copied while Shelf runs. */
@Component(service = BackupCommand.class)
@GogoCommand(scope = "home", function = "backup")
public class BackupCommand {
    @Reference
    HomeBackup backup;

    @Reference
    CurrentUser currentUser;

    @Descriptor("back up the home while Shelf runs: catalogue, audit trail, data/, deploy/, media/, etc/ without secrets")
    public void backup(CommandSession session,
            @Descriptor("the backup file to write (a new .zip, outside the home)")
            @Parameter(names = {"--out"}, absentValue = "") @Complete("file") String out)
            throws IOException, CatalogException {
        if (out.isEmpty()) {
            throw new IllegalArgumentException("name the file to write: backup --out FILE.zip");
        }
        HomeBackup.Summary summary = backup.write(currentUser.of(session), session.currentDir().resolve(out));
        System.out.printf("wrote %s: %,d files, %,d bytes%n", summary.file(), summary.files(), summary.bytes());
        System.out.println("  catalogue  " + summary.catalogue());
        System.out.println("  left out   " + (summary.leftOut().isEmpty() ? "nothing" : String.join(", ", summary.leftOut())));
        System.out.println("  restore    shelf --home NEW-HOME restore " + summary.file());
    }
}
