package shelf.importing.internal.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.importer.ImportException;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.ImportService;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.Complete;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;
import shelf.api.shell.BatchFigures;

/**
 * {@code import FILE}. A bare "import" reaches it through the session's SCOPE "shell:*": the '*' looks in
 * every scope, so the command keeps its own scope like every other. The method is {@code _import} because
 * Gogo runs a command named like a Java keyword through a method with '_' before the name.
 */
@Component(service = ImportCommand.class)
@GogoCommand(scope = "catalog", function = "import")
public class ImportCommand {
    @Reference
    ImportService imports;

    @Reference
    ProgressService progress;

    @Reference
    CurrentUser currentUser;

    @Descriptor("import a spreadsheet (.xlsx, .csv) into the catalogue: one row per SKU, rows with the same 商品编码 form one product")
    public void _import(CommandSession session,
            @Descriptor("the merchant the products belong to (default: the file's 商家 column, else \"default\")")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("the import profile for a layout other than the default template")
            @Parameter(names = {"--profile", "-p"}, absentValue = "") @Complete("profile") String profile,
            @Descriptor("the sheet to read (default: the first sheet with a header row)")
            @Parameter(names = {"--sheet", "-s"}, absentValue = "") String sheet,
            @Descriptor("the spreadsheet file") @Complete(Complete.FILE) String file) throws ImportException {
        Path path = session.currentDir().resolve(file).normalize();
        Subject me = currentUser.of(session);
        ImportRequest request = new ImportRequest(merchant, profile, sheet);
        ImportReport report;
        long size = size(path);
        try (Progress bar = progress.startBytes("导入 " + path.getFileName(), size)) {
            report = imports.importFile(me, path, request, new ProgressAdvance(bar, size));
        }
        System.out.print(BatchFigures.imported(report));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unknown) {
            return -1; // the import service says what is wrong with the file
        }
    }
}
